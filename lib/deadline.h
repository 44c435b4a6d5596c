/* The time budget of one reader call (article_options.max_time): a
 * deadline on the wall clock or on the calling thread's CPU clock,
 * checked between stages and every so often inside long loops. */
#ifndef ARTICLE_DEADLINE_H
#define ARTICLE_DEADLINE_H

#include "internal.h"

#include <time.h>

/* Loops call art_deadline_tick once per item; the clock is read only
 * once every ART_DEADLINE_STRIDE ticks (a clock read costs about as much
 * as visiting a few dozen nodes). */
#define ART_DEADLINE_STRIDE 256u

typedef struct art_deadline {
    struct timespec end; /* on `clock` */
    clockid_t clock;
    size_t max_time;    /* ms; 0: no budget */
    unsigned countdown; /* ticks left before the clock is read */
    int passed;         /* sticky: once over, always over */
} art_deadline;

/* Starts the budget of opts->max_time ms (none when 0) from now, on the
 * thread's CPU clock when opts->flags has ARTICLE_OPT_CPU_TIME. */
void art_deadline_start(art_deadline *d, const article_options *opts);

/* 1 when the budget is spent (reads the clock). 0 without a budget. */
int art_deadline_passed(art_deadline *d);

/* The cheap check for loops: 1 when the budget is spent, reading the
 * clock once every ART_DEADLINE_STRIDE calls. */
static inline int art_deadline_tick(art_deadline *d)
{
    if (!d->max_time)
        return 0;
    if (d->countdown--)
        return d->passed;
    d->countdown = ART_DEADLINE_STRIDE - 1;
    return art_deadline_passed(d);
}

/* Sets the LIMIT error naming max_time in err; returns ARTICLE_ERR_LIMIT. */
article_status art_deadline_error(const art_deadline *d, article_error *err);

#endif
