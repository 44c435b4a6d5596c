/* Publication dates from every source the reader knows, through the
 * public API: declared dates (meta names, microdata), the dates a page
 * shows (date elements, <time> text, date lines) in each language of the
 * month table and in the numeric orders, the URL, and what is not the
 * article's date (comments, sidebars, "Updated", implausible years).
 * Every example is written for this test. */
#include "harness.h"

#include <article/article.h>

static article_doc *read_page(const char *html, const char *url)
{
    article_options opts;
    article_options_init(&opts);
    opts.url = url;
    article_error err;
    article_doc *doc = article_from_html(html, strlen(html), &opts, &err);
    OK(doc != NULL, "page refused: %s", err.message);
    return doc;
}

static void check(const char *what, article_doc *doc, article_field f, const char *want, int line)
{
    const char *got = doc ? article_doc_get(doc, f) : NULL;
    if (want)
        OK(got && strcmp(got, want) == 0, "line %d: %s gave \"%s\", want \"%s\"", line, what,
           got ? got : "(absent)", want);
    else
        OK(got == NULL, "line %d: %s gave \"%s\", want nothing", line, what, got);
}

/* A page with `lang`, an <h1>, then `line` as a date element. */
static void shown_case(const char *lang, const char *line_html, const char *want, int line)
{
    char page[1024];
    snprintf(page, sizeof page,
             "<html lang=\"%s\"><head><title>Story</title></head><body><article>"
             "<h1>A headline for the test</h1>%s<p>Body text of the story goes here and "
             "goes on.</p></article></body></html>",
             lang, line_html);
    article_doc *doc = read_page(page, NULL);
    check(line_html, doc, ARTICLE_FIELD_PUBLISHED, want, line);
    article_doc_free(doc);
}

#define SHOWN(lang, html, want) shown_case(lang, html, want, __LINE__)

/* A page with `lang`, an <h1>, `change_html` showing the last change,
 * then the publication (1 February 2019, day first): the change is the
 * modified date, the publication the published one. */
static void changed_case(const char *lang, const char *change_html, const char *want, int line)
{
    char page[1024];
    snprintf(page, sizeof page,
             "<html lang=\"%s\"><head><title>Story</title></head><body><article>"
             "<h1>A headline for the test</h1>%s<p>01.02.2019</p><p>Body text of the story "
             "goes here and goes on.</p></article></body></html>",
             lang, change_html);
    article_doc *doc = read_page(page, NULL);
    check(change_html, doc, ARTICLE_FIELD_MODIFIED, want, line);
    check(change_html, doc, ARTICLE_FIELD_PUBLISHED, "2019-02-01", line);
    article_doc_free(doc);
}

#define CHANGED(lang, html, want) changed_case(lang, html, want, __LINE__)
#define DATE_SPAN(lang, text, want)                                                                \
    shown_case(lang, "<span class=\"post-date\">" text "</span>", want, __LINE__)

/* MARK: - Each language's written forms */

static void test_languages(void)
{
    DATE_SPAN("en", "Published April 29, 2025", "2025-04-29");
    DATE_SPAN("en-GB", "Published 29 April 2025", "2025-04-29");
    DATE_SPAN("en", "Posted on Sept. 3rd, 2019 by Kim", "2019-09-03");
    DATE_SPAN("de", "Veröffentlicht am 3. März 2024", "2024-03-03");
    DATE_SPAN("de-AT", "Freitag, 7. Jänner 2022", "2022-01-07");
    DATE_SPAN("fr", "Publié le 1er février 2023", "2023-02-01");
    DATE_SPAN("fr", "mardi 14 déc. 2021", "2021-12-14");
    DATE_SPAN("es", "Publicado el 5 de noviembre de 2020", "2020-11-05");
    DATE_SPAN("it", "Pubblicato il 12 Settembre 2018", "2018-09-12");
    DATE_SPAN("pt-BR", "24 de março de 2021", "2021-03-24");
    DATE_SPAN("nl", "8 mei 2017", "2017-05-08");
    DATE_SPAN("sv", "2 augusti 2016", "2016-08-02");
    DATE_SPAN("da", "17. marts 2015", "2015-03-17");
    DATE_SPAN("fi", "6. joulukuuta 2019", "2019-12-06");
    DATE_SPAN("pl", "Opublikowano: 9 października 2020", "2020-10-09");
    DATE_SPAN("cs", "11. června 2019", "2019-06-11");
    DATE_SPAN("hr", "3. ožujka 2022", "2022-03-03");
    DATE_SPAN("ro", "15 ianuarie 2021", "2021-01-15");
    DATE_SPAN("hu", "2020. március 4.", "2020-03-04");
    DATE_SPAN("tr", "21 Şubat 2018", "2018-02-21");
    DATE_SPAN("id", "30 Agustus 2019", "2019-08-30");
    DATE_SPAN("ru", "Опубликовано 2 Марта 2021", "2021-03-02");
    DATE_SPAN("uk", "19 листопада 2020", "2020-11-19");
    DATE_SPAN("el", "5 Μαΐου 2020", "2020-05-05");
    DATE_SPAN("ja", "2020年3月4日 10:15", "2020-03-04T10:15:00");
    DATE_SPAN("zh", "发布时间：2019年12月1日", "2019-12-01");
    DATE_SPAN("ko", "입력 2021년 7월 9일", "2021-07-09");
    DATE_SPAN("ko", "2021.07.09 오후 3:15", "2021-07-09T15:15:00");
    DATE_SPAN("ko", "2021년 7월 9일 오전 12:05", "2021-07-09T00:05:00");
    DATE_SPAN("zh", "2019年12月1日 下午3:20", "2019-12-01T15:20:00");
    DATE_SPAN("tr", "19 Kas 2019", "2019-11-19");
    DATE_SPAN("ru", "19 окт. 2019 в 10:00", "2019-10-19T10:00:00");
    DATE_SPAN("sv", "19 nov. 2019 kl. 10.00", "2019-11-19T10:00:00");
    DATE_SPAN("fi", "19.11.2019 klo 10.00", "2019-11-19T10:00:00");
    DATE_SPAN("ja", "2019年11月19日 15時30分", "2019-11-19T15:30:00");
    DATE_SPAN("hu", "2019. 11. 19. 10:00", "2019-11-19T10:00:00");
    DATE_SPAN("ro", "19 noiembrie 2019, ora 10:00", "2019-11-19T10:00:00");
    DATE_SPAN("pt", "5 de maio de 2020 às 10:15", "2020-05-05T10:15:00");
    DATE_SPAN("en", "March 3, 2024. 10 people came", "2024-03-03");
    DATE_SPAN("cs", "19. listopadu 2019", "2019-11-19");
    DATE_SPAN("sl", "5. junija 2020", "2020-06-05");
    DATE_SPAN("fr", "Publié le 3 mars 2024 à 14h30", "2024-03-03T14:30:00");
    DATE_SPAN("fr", "19/11/2019 10h00", "2019-11-19T10:00:00");
    DATE_SPAN("en", "Published: 2019-11-19T10:00", "2019-11-19T10:00:00");
    DATE_SPAN("bg", "Публикувано на 15 октомври 2020 г.", "2020-10-15");
    DATE_SPAN("lt", "2020 m. spalio 26 d. 11:44", "2020-10-26T11:44:00");
    DATE_SPAN("et", "26. oktoober 2020", "2020-10-26");
    DATE_SPAN("ca", "Publicat el 26 d'octubre de 2020", "2020-10-26");
    DATE_SPAN("ca", "3 de març de 2021", "2021-03-03");
    DATE_SPAN("vi", "Thứ hai, ngày 26 tháng 10 năm 2020", "2020-10-26");
    DATE_SPAN("vi", "26 Tháng 10, 2020", "2020-10-26");
    DATE_SPAN("hi", "प्रकाशित: 28 नवंबर 2020", "2020-11-28");
    DATE_SPAN("ar", "نشر في 15 أكتوبر 2020", "2020-10-15");
    DATE_SPAN("ar", "3 آذار 2021", "2021-03-03");
    DATE_SPAN("he", "פורסם ב-15 באוקטובר 2020", "2020-10-15");
    DATE_SPAN("pl", "3 lis 2021, 10:00", "2021-11-03T10:00:00");
    DATE_SPAN("pl", "12 paź 2021", "2021-10-12");
    DATE_SPAN("uk", "3 лист. 2021", "2021-11-03");
    DATE_SPAN("bg", "3 ное 2021 г.", "2021-11-03");
    DATE_SPAN("sr", "Објављено 12. мај 2021.", "2021-05-12");
    DATE_SPAN("sr", "3. новембра 2021. у 10:15", "2021-11-03");
    DATE_SPAN("mk", "Објавено на 5 јули 2021", "2021-07-05");
    DATE_SPAN("el", "3 Νοε 2021", "2021-11-03");
    DATE_SPAN("el", "Τρίτη 14 Σεπ 2020", "2020-09-14");
    DATE_SPAN("is", "12. maí 2021", "2021-05-12");
    DATE_SPAN("is", "Birt 3. ágúst 2021", "2021-08-03");
    DATE_SPAN("sq", "Publikuar më 3 nëntor 2021", "2021-11-03");
    DATE_SPAN("lv", "2021. gada 12. maijā", "2021-05-12");
    DATE_SPAN("lv", "Publicēts: 2021. gada 3. novembris 10:15", "2021-11-03T10:15:00");
    DATE_SPAN("fil", "Nobyembre 3, 2021", "2021-11-03");
    /* Digits of other scripts */
    DATE_SPAN("ar", "نشر في ٣ نوفمبر ٢٠٢١", "2021-11-03");
    DATE_SPAN("ar", "٠٣/١١/٢٠٢١", "2021-11-03");
    DATE_SPAN("ar", "١٤٤٣/٠٣/٢٨", NULL); /* the Hijri calendar's year is no plausible one */
    DATE_SPAN("ur", "۲۰۲۱-۱۱-۰۳", "2021-11-03");
    DATE_SPAN("hi", "३ नवंबर २०२१", "2021-11-03");
    DATE_SPAN("mr", "३ नोव्हेंबर २०२१", "2021-11-03");
    DATE_SPAN("bn", "প্রকাশিত: ৩ নভেম্বর ২০২১", "2021-11-03");
    DATE_SPAN("bn", "১২ জানুয়ারি ২০২২", "2022-01-12");
    DATE_SPAN("bn", "১২ জানুয়ারী ২০২২", "2022-01-12");
    DATE_SPAN("ja", "２０２１年１１月３日", "2021-11-03");
    /* Japanese eras: Reiwa from 2019, Heisei from 1989 */
    DATE_SPAN("ja", "令和3年11月3日", "2021-11-03");
    DATE_SPAN("ja", "公開日：令和元年5月1日", "2019-05-01");
    DATE_SPAN("ja", "令和３年１１月３日", "2021-11-03");
    DATE_SPAN("ja", "平成31年4月30日 10:15", "2019-04-30T10:15:00");
    DATE_SPAN("ja", "平成5年4月30日", NULL); /* 1993: before the web's news */
    /* Thai: the Buddhist era's year (543 ahead), or the common one */
    DATE_SPAN("th", "วันที่ 3 พฤศจิกายน 2564", "2021-11-03");
    DATE_SPAN("th", "15 มกราคม 2020", "2020-01-15");
    DATE_SPAN("en", "3 November 2564", NULL); /* only a Thai month counts so */
    /* listopad: October in Croatian, November in Polish and Czech */
    DATE_SPAN("hr", "Objavljeno 3. listopada 2021.", "2021-10-03");
    DATE_SPAN("hr-HR", "3. listopada 2021.", "2021-10-03");
    DATE_SPAN("pl", "3 listopada 2021", "2021-11-03");
    DATE_SPAN("cs", "3. listopadu 2021", "2021-11-03");
}

/* MARK: - Numeric orders */

static void test_numeric(void)
{
    /* Dots: always day first. */
    DATE_SPAN("de", "16.12.2012", "2012-12-16");
    DATE_SPAN("en", "16.12.2012", "2012-12-16");
    DATE_SPAN("de", "3. 11. 2023, 14:20 Uhr", "2023-11-03T14:20:00");
    DATE_SPAN("de", "31.10.23", "2023-10-31");
    /* two-digit years after blanks and no-break spaces (the digit test
     * that runs before any parsing must let them through) */
    DATE_SPAN("de",
              "3.\xc2\xa0"
              "11.\xc2\xa0"
              "23",
              "2023-11-03");
    DATE_SPAN("fr", "le 3/4/21", "2021-04-03");
    /* thin spaces (U+2009) and other typographic spaces between the parts */
    DATE_SPAN("de",
              "4.\xe2\x80\x89"
              "2.\xe2\x80\x89"
              "2022.",
              "2022-02-04");
    DATE_SPAN("fr",
              "3\xe2\x80\x8a"
              "mars\xe2\x80\x82"
              "2024",
              "2024-03-03");
    /* numbers that hold no date: no year of four digits, none of two */
    SHOWN("en", "<p>Paragraph 12345 of a page, 20 words.</p>", NULL);
    SHOWN("en", "<p>Item 1994 costs 12.5 and 19951 more.</p>", NULL);
    /* Slashes: by the page's language when both readings are possible. */
    DATE_SPAN("en", "Posted on 03/04/2021 by Ann", "2021-03-04");
    DATE_SPAN("en-US", "03/04/2021", "2021-03-04");
    DATE_SPAN("fr", "03/04/2021", "2021-04-03");
    DATE_SPAN("en", "25/12/2020", "2020-12-25");
    DATE_SPAN("it", "12/25/2020", "2020-12-25");
    /* Year first. */
    DATE_SPAN("ko", "2021.07.09 11:30", "2021-07-09T11:30:00");
    DATE_SPAN("sv", "2016-08-02", "2016-08-02");
    DATE_SPAN("en", "2018/1/5", "2018-01-05");
    /* the month by name between dashes or slashes */
    DATE_SPAN("es", "el 04-ago-2021 5:11:10", "2021-08-04T05:11:10");
    DATE_SPAN("en", "12/Mar/2020", "2020-03-12");
}

/* MARK: - Sources and their ranks */

static void test_sources(void)
{
    /* <time> without datetime: its text. */
    SHOWN("en", "<time>June 3, 2014</time>", "2014-06-03");
    /* <time datetime> outside <article>/<header>, no comment. */
    {
        const char *page = "<html><body><div><time class=\"x\" datetime=\"2022-02-01\">"
                           "1 Feb</time></div><h1>T</h1><p>Text.</p></body></html>";
        article_doc *doc = read_page(page, NULL);
        check("unplaced <time>", doc, ARTICLE_FIELD_PUBLISHED, "2022-02-01", __LINE__);
        article_doc_free(doc);
    }
    /* <abbr class="published" title="..."> */
    SHOWN("en", "<abbr class=\"published\" title=\"2006-12-04T10:00:00\">Dec 4</abbr>",
          "2006-12-04T10:00:00");
    /* microdata written the page's way */
    SHOWN("de", "<div itemprop=\"datePublished\">20.06.2019 11:43</div>", "2019-06-20T11:43:00");
    /* a line that is a date, under the headline */
    SHOWN("en", "<p>January 22, 2014</p>", "2014-01-22");
    /* a date line however the page indents it */
    SHOWN("de",
          "<p class=\"subline\">\n            21. Jan 2022\n            //\n            "
          "Dominik Ricker\n        </p>",
          "2022-01-21");
    /* a sentence that goes on after its date is no dateline */
    SHOWN("en",
          "<p>On July 31, 2019, two senators proposed a tax on capital inflows, a far better "
          "way to balance trade than tariffs, as this long paragraph of the story goes on to "
          "argue at some length and in some detail.</p>",
          NULL);
    SHOWN("de",
          "<p>3. Oktober 2023 ist der Tag, an dem alles anders wurde, sagt die Intendantin, "
          "und sie erz\xc3\xa4hlt davon in einem langen Absatz, der weit \xc3\xbc"
          "ber "
          "zweihundert Zeichen hinausgeht und weitergeht, bis er zu Ende ist./p>",
          NULL);
    /* a date in running prose is only the last resort: a date element,
     * even further down, comes first */
    SHOWN("de",
          "<p>Am 9. Oktober 2023 wurde die Intendantin verabschiedet, und danach "
          "ging es weiter.</p>",
          "2023-10-09");
    SHOWN("de",
          "<p>Am 9. Oktober 2023 wurde die Intendantin verabschiedet.</p><div><p>Mehr."
          "</p><span class=\"post-date\">31. Oktober 2023</span></div>",
          "2023-10-31");
    /* declared beats shown */
    {
        const char *page =
            "<html><head><meta name=\"pubdate\" content=\"2021-05-06\"></head><body>"
            "<h1>T</h1><span class=\"date\">7 May 2021</span><p>Text.</p></body></html>";
        article_doc *doc = read_page(page, NULL);
        check("meta pubdate", doc, ARTICLE_FIELD_PUBLISHED, "2021-05-06", __LINE__);
        article_doc_free(doc);
    }
    /* a bare <meta name="date"> is often the CMS's last change (TYPO3):
     * the date shown next to the headline comes first */
    {
        const char *page = "<html><head><meta name=\"date\" content=\"2020-02-12\"></head><body>"
                           "<h1>T</h1><div class=\"news-timedata\">05.02.2020</div><p>Text.</p>"
                           "</body></html>";
        article_doc *doc = read_page(page, NULL);
        check("meta date vs shown", doc, ARTICLE_FIELD_PUBLISHED, "2020-02-05", __LINE__);
        article_doc_free(doc);
    }
    /* the date just above the headline, not a teaser's further down */
    {
        const char *page =
            "<html><body><p class=\"subline\">21. Jan 2022</p><h1>T</h1><p>Text of the "
            "story.</p><div><div><p>Teaser</p><p>06. Aug 2020</p></div></div></body></html>";
        article_doc *doc = read_page(page, NULL);
        check("above the headline", doc, ARTICLE_FIELD_PUBLISHED, "2022-01-21", __LINE__);
        article_doc_free(doc);
    }
    /* JSON-LD: any node of the graph dates the page when no article does */
    {
        const char *page = "<html><head><script type=\"application/ld+json\">{\"@graph\": ["
                           "{\"@type\": \"WebSite\", \"name\": \"S\"},"
                           "{\"@type\": \"VideoObject\", \"uploadDate\": \"2019-04-05\"}]}"
                           "</script></head><body><p>Text.</p></body></html>";
        article_doc *doc = read_page(page, NULL);
        check("VideoObject uploadDate", doc, ARTICLE_FIELD_PUBLISHED, "2019-04-05", __LINE__);
        article_doc_free(doc);
    }
    {
        const char *page = "<html><head><script type=\"application/ld+json\">{\"@type\": "
                           "\"WebPage\", \"mainEntity\": {\"@type\": \"BlogPosting\", "
                           "\"headline\": \"H\", \"dateCreated\": \"2018-07-08\"}}</script>"
                           "</head><body><p>Text.</p></body></html>";
        article_doc *doc = read_page(page, NULL);
        check("mainEntity dateCreated", doc, ARTICLE_FIELD_PUBLISHED, "2018-07-08", __LINE__);
        article_doc_free(doc);
    }
    /* the last resort: the first date in any text, links included */
    {
        const char *page = "<html><body><h1>Home</h1><ul><li><a href=\"/x\">Council meets "
                           "on 04.02.2022 about the new bridge</a></li></ul></body></html>";
        article_doc *doc = read_page(page, NULL);
        check("last resort", doc, ARTICLE_FIELD_PUBLISHED, "2022-02-04", __LINE__);
        article_doc_free(doc);
    }
    {
        const char *page = "<html><body><h1>T</h1><p><a href=\"/y\">Older: 1 May 2020</a></p>"
                           "<p>Text.</p><span class=\"date\">2 May 2021</span></body></html>";
        article_doc *doc = read_page(page, NULL);
        check("a date element first", doc, ARTICLE_FIELD_PUBLISHED, "2021-05-02", __LINE__);
        article_doc_free(doc);
    }
    /* a page that neither declares nor shows a date: its scripts' data
     * (left out of the parse, read from the page's bytes), quoted keys
     * naming the publication, the quotes escaped or not */
    {
        const char *page = "<html><head><script>var p = {\"id\": 7, \"created\": \"2018-01-01\","
                           " \"published_at\": \"2019-03-02T06:22:28+01:00\"};</script></head>"
                           "<body><h1>T</h1><p>Text.</p></body></html>";
        article_doc *doc = read_page(page, NULL);
        check("script data", doc, ARTICLE_FIELD_PUBLISHED, "2019-03-02T06:22:28+01:00", __LINE__);
        article_doc_free(doc);
        page = "<html><head><script>self.push(\"{\\\"publishedAt\\\":\\\"2024-05-06\\\"}\")"
               "</script></head><body><h1>T</h1><p>Text.</p></body></html>";
        doc = read_page(page, NULL);
        check("escaped script data", doc, ARTICLE_FIELD_PUBLISHED, "2024-05-06", __LINE__);
        article_doc_free(doc);
        /* after every date the page shows */
        page = "<html><head><script>x = {\"datePublished\": \"2019-03-02\"};</script></head>"
               "<body><h1>T</h1><p>4 April 2020</p><p>Text.</p></body></html>";
        doc = read_page(page, NULL);
        check("shown over script data", doc, ARTICLE_FIELD_PUBLISHED, "2020-04-04", __LINE__);
        article_doc_free(doc);
        /* other keys, other values: no date */
        page = "<html><head><script>x = {\"updated_at\": \"2019-03-02\", \"publishedAt\": "
               "null, \"pubDate\": \"1989-01-02\"};</script></head><body><h1>T</h1><p>Text."
               "</p></body></html>";
        doc = read_page(page, NULL);
        check("no script date", doc, ARTICLE_FIELD_PUBLISHED, NULL, __LINE__);
        article_doc_free(doc);
    }
    /* more <meta> names */
    {
        const char *page =
            "<html><head><meta property=\"og:article:published_time\" content=\"2023-11-06\">"
            "<meta name=\"cXenseParse:recs:publishtime\" content=\"2020-01-01\">"
            "</head><body></body></html>";
        article_doc *doc = read_page(page, NULL);
        check("og:article:published_time", doc, ARTICLE_FIELD_PUBLISHED, "2023-11-06", __LINE__);
        article_doc_free(doc);
    }
}

/* MARK: - Declared against shown */

/* A page declaring `head` (<meta> elements) and showing `shown` under
 * its headline. */
static void declared_case(const char *head, const char *shown, article_field f, const char *want,
                          int line)
{
    char page[1024];
    snprintf(page, sizeof page,
             "<html lang=\"de\"><head>%s</head><body><article><h1>T</h1>%s<p>Text of the "
             "story.</p></article></body></html>",
             head, shown);
    article_doc *doc = read_page(page, NULL);
    check(shown, doc, f, want, line);
    article_doc_free(doc);
}

static void test_declared_vs_shown(void)
{
    const char *both = "<meta property=\"article:published_time\" content=\"2017-08-21T13:09:00Z\">"
                       "<meta property=\"article:modified_time\" content=\"2019-04-03T08:04:01Z\">";
    /* The page shows its declared change, not its declared publication:
     * republished that day, and that is its date (rule shown_date). */
    declared_case(both, "<div class=\"date\">03.04.2019</div>", ARTICLE_FIELD_PUBLISHED,
                  "2019-04-03T08:04:01Z", __LINE__);
    declared_case(both, "<p>3. April 2019</p>", ARTICLE_FIELD_PUBLISHED, "2019-04-03T08:04:01Z",
                  __LINE__);
    declared_case(both, "<div class=\"date\">03.04.2019</div>", ARTICLE_FIELD_MODIFIED,
                  "2019-04-03T08:04:01Z", __LINE__);
    /* It shows its publication, or another day, or nothing: as declared. */
    declared_case(both, "<div class=\"date\">21.08.2017</div>", ARTICLE_FIELD_PUBLISHED,
                  "2017-08-21T13:09:00Z", __LINE__);
    declared_case(both, "<div class=\"date\">05.04.2019</div>", ARTICLE_FIELD_PUBLISHED,
                  "2017-08-21T13:09:00Z", __LINE__);
    declared_case(both, "", ARTICLE_FIELD_PUBLISHED, "2017-08-21T13:09:00Z", __LINE__);
    /* A declared publication that is its change's day, and a <time>
     * (marked or not) on another day: as declared. */
    const char *same = "<meta property=\"article:published_time\" content=\"2025-11-29T12:28:31Z\">"
                       "<meta property=\"article:modified_time\" content=\"2025-11-29T12:28:31Z\">";
    declared_case(same, "<p><time datetime=\"2025-08-13\">13.08.2025</time></p>",
                  ARTICLE_FIELD_PUBLISHED, "2025-11-29T12:28:31Z", __LINE__);
    declared_case(same, "<p><time pubdate datetime=\"2025-12-01\">1.12.2025</time></p>",
                  ARTICLE_FIELD_PUBLISHED, "2025-11-29T12:28:31Z", __LINE__);
    declared_case(both, "<p><time pubdate datetime=\"2017-08-01\">1.8.2017</time></p>",
                  ARTICLE_FIELD_PUBLISHED, "2017-08-21T13:09:00Z", __LINE__);
    /* "Aktualisiert am ..." says change: shown beside the declared
     * publication's day, the publication stays. */
    declared_case(both, "<div class=\"date\">Aktualisiert am 03.04.2019</div><p>21.08.2017</p>",
                  ARTICLE_FIELD_PUBLISHED, "2017-08-21T13:09:00Z", __LINE__);
}

static void test_shown_change(void)
{
    const char *both = "<meta property=\"article:published_time\" content=\"2017-08-21T13:09:00Z\">"
                       "<meta property=\"article:modified_time\" content=\"2019-04-03T08:04:01Z\">";
    /* The page shows its change and no publication: the change is the
     * date its reader sees, as declared when declared (rule
     * shown_change). */
    declared_case(both, "<div class=\"date\">Aktualisiert am 03.04.2019</div>",
                  ARTICLE_FIELD_PUBLISHED, "2019-04-03T08:04:01Z", __LINE__);
    declared_case(both, "<div class=\"date\">Aktualisiert am 03.04.2019</div>",
                  ARTICLE_FIELD_MODIFIED, "2019-04-03T08:04:01Z", __LINE__);
    declared_case(both, "<p>Letzte Aktualisierung: 03.04.2019</p>", ARTICLE_FIELD_PUBLISHED,
                  "2019-04-03T08:04:01Z", __LINE__);
    declared_case(both, "<div class=\"date-modified\">3. April 2019</div>", ARTICLE_FIELD_PUBLISHED,
                  "2019-04-03T08:04:01Z", __LINE__);
    declared_case(both, "<p>Stand: 05.04.2019</p>", ARTICLE_FIELD_PUBLISHED, "2019-04-05",
                  __LINE__);
    /* Nothing declared: the shown change. */
    declared_case("", "<p>Zuletzt aktualisiert: 5. April 2019</p>", ARTICLE_FIELD_PUBLISHED,
                  "2019-04-05", __LINE__);
    /* The page also shows its declared publication's day, even far from
     * the headline: as declared. */
    declared_case(both,
                  "<div class=\"date\">Aktualisiert am 03.04.2019</div><p>Text.</p><p>Text."
                  "</p><p>Erstmals veröffentlicht <span class=\"date\">21.08.2017</span></p>",
                  ARTICLE_FIELD_PUBLISHED, "2017-08-21T13:09:00Z", __LINE__);
    /* A publication shown next to the headline: the change stays the
     * change. */
    declared_case(both, "<p>3. April 2019</p><p>Aktualisiert: 05.04.2019</p>",
                  ARTICLE_FIELD_PUBLISHED, "2019-04-03T08:04:01Z", __LINE__);
}

static void test_local_day(void)
{
    const char *utc = "<meta property=\"article:published_time\" content=\"2023-11-09T05:30:59Z\">";
    /* The declared instant shown on the page's own clock, on the day
     * before in UTC terms: the reader's day (rule local_day). */
    declared_case(utc, "<time datetime=\"2023-11-08 23:30:59\">November 8, 2023</time>",
                  ARTICLE_FIELD_PUBLISHED, "2023-11-08T23:30:59", __LINE__);
    declared_case(utc, "<div><time datetime=\"2023-11-08T23:30:59-06:00\">Nov 8</time></div>",
                  ARTICLE_FIELD_PUBLISHED, "2023-11-08T23:30:59-06:00", __LINE__);
    declared_case(utc, "<span class=\"date\">2023-11-09 00:30:59</span>", ARTICLE_FIELD_PUBLISHED,
                  "2023-11-09T05:30:59Z", __LINE__);
    /* Another instant (not whole quarter hours away, or over 14 hours),
     * or none shown: as declared. */
    declared_case(utc, "<time datetime=\"2023-11-08 23:10:59\">November 8, 2023</time>",
                  ARTICLE_FIELD_PUBLISHED, "2023-11-09T05:30:59Z", __LINE__);
    declared_case(utc, "<time datetime=\"2023-11-08 12:30:59\">November 8, 2023</time>",
                  ARTICLE_FIELD_PUBLISHED, "2023-11-09T05:30:59Z", __LINE__);
    declared_case(utc, "<time datetime=\"2023-11-08\">November 8, 2023</time>",
                  ARTICLE_FIELD_PUBLISHED, "2023-11-09T05:30:59Z", __LINE__);
    /* A Dublin Core date (TYPO3's last change, as a bare "date") ranks
     * after the date shown next to the headline. */
    declared_case("<meta name=\"dcterms.date\" content=\"2021-12-20T11:02:44+01:00\">",
                  "<span class=\"date\">27.01.2022</span>", ARTICLE_FIELD_PUBLISHED, "2022-01-27",
                  __LINE__);
    declared_case("<meta name=\"dcterms.date\" content=\"2021-12-20T11:02:44+01:00\">", "",
                  ARTICLE_FIELD_PUBLISHED, "2021-12-20T11:02:44+01:00", __LINE__);
}

/* MARK: - The URL */

static void url_case(const char *url, const char *want, int line)
{
    const char *page = "<html><body><h1>Title</h1><p>Text without a date.</p></body></html>";
    article_doc *doc = read_page(page, url);
    check(url, doc, ARTICLE_FIELD_PUBLISHED, want, line);
    article_doc_free(doc);
}

#define URL(url, want) url_case(url, want, __LINE__)

static void test_url(void)
{
    URL("https://example.com/2016/02/09/a-story/", "2016-02-09");
    URL("https://example.com/news/2016-02-09-a-story", "2016-02-09");
    URL("https://example.com/archive/20160209/story.html", "2016-02-09");
    URL("https://example.com/2016/02/a-story/", NULL);   /* no day */
    URL("https://example.com/item/201602091234", NULL);  /* an id */
    URL("https://example.com/1990/02/09/too-old", NULL); /* before the web's news */
    URL("https://2016-02-09.example.com/", NULL);        /* the host is no path */
    /* the last resort: the day in the OpenGraph image's path, after
     * everything the page shows */
    {
        const char *page = "<html><head><meta property=\"og:image\" content=\"https://example."
                           "com/files/2016/05/04/cover.png\"></head><body><h1>T</h1><p>Text."
                           "</p></body></html>";
        article_doc *doc = read_page(page, "https://example.com/report/");
        check("og:image path", doc, ARTICLE_FIELD_PUBLISHED, "2016-05-04", __LINE__);
        article_doc_free(doc);
        page = "<html><head><meta property=\"og:image\" content=\"/files/2016/05/04/c.png\">"
               "</head><body><h1>T</h1><p>8 May 2016</p><p>Text.</p></body></html>";
        doc = read_page(page, "https://example.com/report/");
        check("shown over og:image", doc, ARTICLE_FIELD_PUBLISHED, "2016-05-08", __LINE__);
        article_doc_free(doc);
    }
    /* a visible date next to the headline beats the URL */
    {
        const char *page = "<html><body><article><h1>T</h1><span class=\"date\">10 Feb 2016"
                           "</span><p>Text.</p></article></body></html>";
        article_doc *doc = read_page(page, "https://example.com/2016/02/09/t");
        check("shown over URL", doc, ARTICLE_FIELD_PUBLISHED, "2016-02-10", __LINE__);
        article_doc_free(doc);
    }
}

/* MARK: - What is not the article's date */

static void test_not_the_date(void)
{
    /* Updated: modified, not published. */
    {
        const char *page = "<html lang=\"en\"><body><article><h1>T</h1>"
                           "<span class=\"meta\">Updated May 5, 2024</span>"
                           "<span class=\"meta\">May 1, 2024</span><p>Text.</p></article>"
                           "</body></html>";
        article_doc *doc = read_page(page, NULL);
        check("updated line", doc, ARTICLE_FIELD_MODIFIED, "2024-05-05", __LINE__);
        check("published after it", doc, ARTICLE_FIELD_PUBLISHED, "2024-05-01", __LINE__);
        article_doc_free(doc);
    }
    /* a line that says so is the change, and the one date shown:
     * the date (rule shown_change) */
    {
        const char *page = "<html lang=\"en\"><body><article><h1>Webcams</h1>"
                           "<p>Pictures of the valley, refreshed each hour.</p>"
                           "<p>Last updated: November 13, 2025</p></article></body></html>";
        article_doc *doc = read_page(page, NULL);
        check("updated line", doc, ARTICLE_FIELD_MODIFIED, "2025-11-13", __LINE__);
        check("the only date", doc, ARTICLE_FIELD_PUBLISHED, "2025-11-13", __LINE__);
        article_doc_free(doc);
    }
    /* the label in an element of its own, just before the date; the
     * publication shown after it is the published date */
    CHANGED("en", "<p>Updated <time datetime=\"2018-07-24T18:15:58+00:00\">Jul 24, 2018</time></p>",
            "2018-07-24T18:15:58+00:00");
    CHANGED("en", "<div><em>Last Updated:</em> January 7, 2025</div>", "2025-01-07");
    CHANGED("en", "<p><span>Last updated on </span><time>November 19, 2025</time></p>",
            "2025-11-19");
    /* the label and its colon apart, between a framework's comments */
    CHANGED("en", "<p class=\"byline-date\">Updated<!-- -->: <!-- -->December 04, 2025</p>",
            "2025-12-04");
    CHANGED("fr", "<span class=\"post-date\">Mis à jour le 3 mars 2024</span>", "2024-03-03");
    CHANGED("de", "<span class=\"post-date\">Aktualisiert am 3. März 2024</span>", "2024-03-03");
    CHANGED("de", "<span class=\"post-date\">Letzte Aktualisierung: 3. März 2024</span>",
            "2024-03-03");
    CHANGED("es", "<span class=\"post-date\">Última actualización: 3 de marzo de 2024</span>",
            "2024-03-03");
    CHANGED("cs", "<span class=\"post-date\">Poslední aktualizace: 3. března 2024</span>",
            "2024-03-03");
    CHANGED("ru", "<span class=\"post-date\">Последнее обновление: 3 марта 2024</span>",
            "2024-03-03");
    CHANGED("hr", "<span class=\"post-date\">Ažurirano: 3. ožujka 2024.</span>", "2024-03-03");
    CHANGED("ca", "<span class=\"post-date\">Actualitzat el 3 de març de 2021</span>",
            "2021-03-03");
    CHANGED("lt", "<span class=\"post-date\">Atnaujinta 2020 m. spalio 26 d.</span>", "2020-10-26");
    CHANGED("ar", "<span class=\"post-date\">آخر تحديث 15 أكتوبر 2020</span>", "2020-10-15");
    CHANGED("vi", "<span class=\"post-date\">Cập nhật ngày 26 tháng 10 năm 2020</span>",
            "2020-10-26");
    CHANGED("en", "<span class=\"updated\">March 3, 2024</span>", "2024-03-03");
    /* implausible: before 1995, far in the future, a bare year */
    DATE_SPAN("en", "March 3, 1989", NULL);
    DATE_SPAN("en", "March 3, 2999", NULL);
    DATE_SPAN("en", "© 2021 Example Media", NULL);
    DATE_SPAN("en", "31.02.2020", NULL);
    /* comments, sidebars, navigation: other dates */
    {
        const char *page = "<html><body><nav><span class=\"date\">Monday, 4 March 2024</span></nav>"
                           "<article><h1>T</h1><p>Text of the story, long enough.</p></article>"
                           "<aside><span class=\"date\">1 March 2024</span></aside>"
                           "<div class=\"comments\"><span class=\"date\">2 March 2024</span></div>"
                           "</body></html>";
        article_doc *doc = read_page(page, NULL);
        check("chrome dates", doc, ARTICLE_FIELD_PUBLISHED, NULL, __LINE__);
        article_doc_free(doc);
    }
    /* the same places named by their ARIA roles */
    {
        const char *page = "<html><body><div role=\"navigation\"><span class=\"date\">4 March "
                           "2024</span></div><article><h1>T</h1><p>Text of the story.</p>"
                           "</article><div role=\"complementary\"><p>1 March 2024</p></div>"
                           "<div id=\"footer\" role=\"contentinfo\"><p>This page was last "
                           "edited on 2 March 2024.</p></div></body></html>";
        article_doc *doc = read_page(page, NULL);
        check("chrome roles", doc, ARTICLE_FIELD_PUBLISHED, NULL, __LINE__);
        check("chrome roles", doc, ARTICLE_FIELD_MODIFIED, NULL, __LINE__);
        article_doc_free(doc);
    }
    /* the first date after the headline, not the header's "today" */
    {
        const char *page = "<html><body><div class=\"topbar-date\">Donnerstag, 16. Februar "
                           "2012</div><div><h1>T</h1><span class=\"date\">14. Februar 2012"
                           "</span><p>Text.</p></div></body></html>";
        article_doc *doc = read_page(page, NULL);
        check("after the headline", doc, ARTICLE_FIELD_PUBLISHED, "2012-02-14", __LINE__);
        article_doc_free(doc);
    }
}

int main(void)
{
    test_languages();
    test_numeric();
    test_sources();
    test_declared_vs_shown();
    test_shown_change();
    test_local_day();
    test_url();
    test_not_the_date();
    return harness_done("test_meta_dates");
}
