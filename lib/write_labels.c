/* The words every writer adds around the model's text ("Related", "By",
 * "and", "Updated", "Tags") and their human dates, in the article's
 * language for a few common languages. Any other language gets English
 * words marked lang="en", so a screen reader does not read them with
 * the page's voice. The reader never depends on these words: it takes
 * dates from datetime= and authors from the marked names. */
#include "write_common.h"

#include <string.h>

/* Dates: %d day, %D the same on two digits, %n month number, %N on two
 * digits, %m month name, %y year. Arabic and Hebrew join "and" to the
 * next word; Russian dates take the genitive ("6 августа"), so a month
 * alone is a number; Chinese and Japanese use numbers and no spaces. */
static const art_wr_labels table[] = {
    {"en",
     NULL,
     "Related",
     "Comments",
     "By ",
     ", ",
     " and ",
     "Updated ",
     "Tags: ",
     "%d %m %y",
     "%m %y",
     {"January", "February", "March", "April", "May", "June", "July", "August", "September",
      "October", "November", "December"}},
    {"fr",
     NULL,
     "Articles liés",
     "Commentaires",
     "Par ",
     ", ",
     " et ",
     "Mis à jour ",
     "Mots-clés : ",
     "%d %m %y",
     "%m %y",
     {"janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
      "octobre", "novembre", "décembre"}},
    {"de",
     NULL,
     "Mehr zum Thema",
     "Kommentare",
     "Von ",
     ", ",
     " und ",
     "Aktualisiert ",
     "Schlagwörter: ",
     "%d. %m %y",
     "%m %y",
     {"Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
      "November", "Dezember"}},
    {"es",
     NULL,
     "Relacionados",
     "Comentarios",
     "Por ",
     ", ",
     " y ",
     "Actualizado ",
     "Etiquetas: ",
     "%d de %m de %y",
     "%m de %y",
     {"enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
      "octubre", "noviembre", "diciembre"}},
    {"it",
     NULL,
     "Articoli correlati",
     "Commenti",
     "Di ",
     ", ",
     " e ",
     "Aggiornato ",
     "Tag: ",
     "%d %m %y",
     "%m %y",
     {"gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre",
      "ottobre", "novembre", "dicembre"}},
    {"pt",
     NULL,
     "Relacionados",
     "Comentários",
     "Por ",
     ", ",
     " e ",
     "Atualizado ",
     "Tags: ",
     "%d de %m de %y",
     "%m de %y",
     {"janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro",
      "outubro", "novembro", "dezembro"}},
    {"nl",
     NULL,
     "Gerelateerd",
     "Reacties",
     "Door ",
     ", ",
     " en ",
     "Bijgewerkt ",
     "Tags: ",
     "%d %m %y",
     "%m %y",
     {"januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
      "oktober", "november", "december"}},
    {"ar",
     NULL,
     "مقالات ذات صلة",
     "التعليقات",
     "بقلم ",
     "، ",
     " و",
     "آخر تحديث ",
     "الوسوم: ",
     "%d %m %y",
     "%m %y",
     {"يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر",
      "نوفمبر", "ديسمبر"}},
    {"he",
     NULL,
     "כתבות קשורות",
     "תגובות",
     "מאת ",
     ", ",
     " ו",
     "עודכן ",
     "תגיות: ",
     "%d ב%m %y",
     "%m %y",
     {"ינואר", "פברואר", "מרץ", "אפריל", "מאי", "יוני", "יולי", "אוגוסט", "ספטמבר", "אוקטובר",
      "נובמבר", "דצמבר"}},
    {"ru",
     NULL,
     "Читайте также",
     "Комментарии",
     "Текст: ",
     ", ",
     " и ",
     "Обновлено ",
     "Теги: ",
     "%d %m %y",
     "%N.%y",
     {"января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября",
      "октября", "ноября", "декабря"}},
    {"zh",
     NULL,
     "相关文章",
     "评论",
     "作者：",
     "、",
     "和",
     "更新于",
     "标签：",
     "%y年%n月%d日",
     "%y年%n月",
     {NULL}},
    {"ja",
     NULL,
     "関連記事",
     "コメント",
     "著者：",
     "、",
     "と",
     "更新：",
     "タグ：",
     "%y年%n月%d日",
     "%y年%n月",
     {NULL}},
};

/* A language not in the table: English words marked lang="en", dates as
 * numbers, which read alike in any language. */
static const art_wr_labels english_marked = {"en",     "en",       "Related", "Comments",
                                             "By ",    ", ",       " and ",   "Updated ",
                                             "Tags: ", "%y-%N-%D", "%y-%N",   {NULL}};

const art_wr_labels *art_wr_labels_for(const char *lang)
{
    if (!lang)
        return &table[0];
    size_t n = strcspn(lang, "-_");
    for (size_t i = 0; i < sizeof table / sizeof table[0]; i++)
        if (n == 2 && (lang[0] | 0x20) == table[i].lang[0] && (lang[1] | 0x20) == table[i].lang[1])
            return &table[i];
    return &english_marked;
}

int art_wr_human_date(art_buf *b, const art_wr_labels *l, const char *iso)
{
    /* The model's dates are ISO 8601 (YYYY[-MM[-DD[Thh:mm...]]]); anything
     * else is the caller's to write as it is. */
    if (!iso || !art_iso8601_valid(iso))
        return 0;
    int y = 0, m = 0, d = 0;
    for (int i = 0; i < 4; i++)
        y = y * 10 + (iso[i] - '0');
    if (iso[4] == '-')
        m = (iso[5] - '0') * 10 + (iso[6] - '0');
    if (m && iso[7] == '-')
        d = (iso[8] - '0') * 10 + (iso[9] - '0');
    if (!m) {
        art_buf_printf(b, "%04d", y);
        return 1;
    }
    for (const char *p = d ? l->date : l->month_year; *p; p++) {
        if (*p != '%' || !p[1]) {
            art_buf_putc(b, *p);
            continue;
        }
        switch (*++p) {
        case 'y':
            art_buf_printf(b, "%04d", y);
            break;
        case 'd':
        case 'D':
            art_buf_printf(b, *p == 'd' ? "%d" : "%02d", d);
            break;
        case 'n':
        case 'N':
            art_buf_printf(b, *p == 'n' ? "%d" : "%02d", m);
            break;
        case 'm':
            art_buf_puts(b, l->months[0] ? l->months[m - 1] : "");
            break;
        default:
            art_buf_putc(b, *p);
            break;
        }
    }
    return 1;
}
