/* article_options.max_time: see deadline.h. */
#include "deadline.h"

static int now(clockid_t clock, struct timespec *ts)
{
    return clock_gettime(clock, ts);
}

void art_deadline_start(art_deadline *d, const article_options *opts)
{
    d->max_time = opts ? opts->max_time : 0;
    d->countdown = 0;
    d->passed = 0;
    d->clock =
        opts && (opts->flags & ARTICLE_OPT_CPU_TIME) ? CLOCK_THREAD_CPUTIME_ID : CLOCK_MONOTONIC;
    if (!d->max_time)
        return;
    if (now(d->clock, &d->end) != 0) {
        /* No such clock here: the budget cannot be kept, so it is not
         * pretended to be. */
        d->max_time = 0;
        return;
    }
    /* A budget beyond a century is none in practice; the cap keeps the
     * sum inside a time_t. */
    size_t sec = d->max_time / 1000;
    if (sec > (size_t)100 * 366 * 86400)
        sec = (size_t)100 * 366 * 86400;
    d->end.tv_sec += (time_t)sec;
    d->end.tv_nsec += (long)(d->max_time % 1000) * 1000000L;
    if (d->end.tv_nsec >= 1000000000L) {
        d->end.tv_sec++;
        d->end.tv_nsec -= 1000000000L;
    }
}

int art_deadline_passed(art_deadline *d)
{
    if (!d->max_time || d->passed)
        return d->passed;
    struct timespec t;
    if (now(d->clock, &t) != 0)
        return 0;
    d->passed =
        t.tv_sec > d->end.tv_sec || (t.tv_sec == d->end.tv_sec && t.tv_nsec >= d->end.tv_nsec);
    return d->passed;
}

article_status art_deadline_error(const art_deadline *d, article_error *err)
{
    return art_error_set(err, ARTICLE_ERR_LIMIT, "reading took longer than max_time (%zu ms%s)",
                         d->max_time, d->clock == CLOCK_THREAD_CPUTIME_ID ? " of CPU time" : "");
}
