/* The words of visible dates, as rows of data: month names and their
 * abbreviations in the languages of the web's news pages, and the words
 * that make a date line a "last updated" one. dates.c reads dates with
 * them; adding a language is adding rows here. Words are stored lower
 * case as pages write them in running text (UTF-8); art_date_fold()
 * lowers what a page capitalises (ASCII, Latin-1, Greek, Cyrillic). */
#include "meta.h"

#include <string.h>

typedef struct month_word {
    const char *word;
    unsigned char month; /* 1..12 */
} month_word;

static const month_word month_words[] = {
    /* English */
    {"january", 1},
    {"february", 2},
    {"march", 3},
    {"april", 4},
    {"may", 5},
    {"june", 6},
    {"july", 7},
    {"august", 8},
    {"september", 9},
    {"october", 10},
    {"november", 11},
    {"december", 12},
    {"jan", 1},
    {"feb", 2},
    {"mar", 3},
    {"apr", 4},
    {"jun", 6},
    {"jul", 7},
    {"aug", 8},
    {"sep", 9},
    {"sept", 9},
    {"oct", 10},
    {"nov", 11},
    {"dec", 12},
    /* German */
    {"januar", 1},
    {"jänner", 1},
    {"februar", 2},
    {"märz", 3},
    {"maerz", 3},
    {"mai", 5},
    {"juni", 6},
    {"juli", 7},
    {"oktober", 10},
    {"dezember", 12},
    {"jän", 1},
    {"mär", 3},
    {"okt", 10},
    {"dez", 12},
    /* French */
    {"janvier", 1},
    {"février", 2},
    {"fevrier", 2},
    {"mars", 3},
    {"avril", 4},
    {"juin", 6},
    {"juillet", 7},
    {"août", 8},
    {"aout", 8},
    {"septembre", 9},
    {"octobre", 10},
    {"novembre", 11},
    {"décembre", 12},
    {"decembre", 12},
    {"janv", 1},
    {"févr", 2},
    {"fév", 2},
    {"avr", 4},
    {"juil", 7},
    {"déc", 12},
    /* Spanish */
    {"enero", 1},
    {"febrero", 2},
    {"marzo", 3},
    {"abril", 4},
    {"mayo", 5},
    {"junio", 6},
    {"julio", 7},
    {"agosto", 8},
    {"septiembre", 9},
    {"setiembre", 9},
    {"octubre", 10},
    {"noviembre", 11},
    {"diciembre", 12},
    {"ene", 1},
    {"abr", 4},
    {"ago", 8},
    {"dic", 12},
    /* Italian */
    {"gennaio", 1},
    {"febbraio", 2},
    {"aprile", 4},
    {"maggio", 5},
    {"giugno", 6},
    {"luglio", 7},
    {"settembre", 9},
    {"ottobre", 10},
    {"dicembre", 12},
    {"gen", 1},
    {"mag", 5},
    {"giu", 6},
    {"lug", 7},
    {"set", 9},
    {"ott", 10},
    /* Portuguese */
    {"janeiro", 1},
    {"fevereiro", 2},
    {"março", 3},
    {"marco", 3},
    {"maio", 5},
    {"junho", 6},
    {"julho", 7},
    {"setembro", 9},
    {"outubro", 10},
    {"novembro", 11},
    {"dezembro", 12},
    {"fev", 2},
    {"out", 10},
    /* Dutch */
    {"januari", 1},
    {"februari", 2},
    {"maart", 3},
    {"mei", 5},
    {"augustus", 8},
    {"mrt", 3},
    /* Swedish, Danish, Norwegian */
    {"mars", 3},
    {"augusti", 8},
    {"maj", 5},
    {"desember", 12},
    {"marts", 3},
    /* Finnish */
    {"tammikuuta", 1},
    {"helmikuuta", 2},
    {"maaliskuuta", 3},
    {"huhtikuuta", 4},
    {"toukokuuta", 5},
    {"kesäkuuta", 6},
    {"heinäkuuta", 7},
    {"elokuuta", 8},
    {"syyskuuta", 9},
    {"lokakuuta", 10},
    {"marraskuuta", 11},
    {"joulukuuta", 12},
    {"tammikuu", 1},
    {"helmikuu", 2},
    {"maaliskuu", 3},
    {"huhtikuu", 4},
    {"toukokuu", 5},
    {"kesäkuu", 6},
    {"heinäkuu", 7},
    {"elokuu", 8},
    {"syyskuu", 9},
    {"lokakuu", 10},
    {"marraskuu", 11},
    {"joulukuu", 12},
    /* Polish (genitive, as dates write them, and nominative) */
    {"stycznia", 1},
    {"lutego", 2},
    {"marca", 3},
    {"kwietnia", 4},
    {"maja", 5},
    {"czerwca", 6},
    {"lipca", 7},
    {"sierpnia", 8},
    {"września", 9},
    {"października", 10},
    {"listopada", 11},
    {"grudnia", 12},
    {"styczeń", 1},
    {"luty", 2},
    {"marzec", 3},
    {"kwiecień", 4},
    {"czerwiec", 6},
    {"lipiec", 7},
    {"sierpień", 8},
    {"wrzesień", 9},
    {"październik", 10},
    {"grudzień", 12},
    /* Czech, Slovak */
    {"ledna", 1},
    {"února", 2},
    {"března", 3},
    {"dubna", 4},
    {"května", 5},
    {"června", 6},
    {"července", 7},
    {"srpna", 8},
    {"září", 9},
    {"října", 10},
    {"listopadu", 11},
    {"prosince", 12},
    {"januára", 1},
    {"februára", 2},
    {"marca", 3},
    {"apríla", 4},
    {"mája", 5},
    {"júna", 6},
    {"júla", 7},
    {"augusta", 8},
    {"septembra", 9},
    {"októbra", 10},
    {"novembra", 11},
    {"decembra", 12},
    /* Croatian, Serbian, Slovenian (Latin) */
    {"siječnja", 1},
    {"veljače", 2},
    {"ožujka", 3},
    {"travnja", 4},
    {"svibnja", 5},
    {"lipnja", 6},
    {"srpnja", 7},
    {"kolovoza", 8},
    {"rujna", 9},
    {"listopada", 10},
    {"studenoga", 11},
    {"prosinca", 12},
    {"januara", 1},
    {"februara", 2},
    {"aprila", 4},
    {"jula", 7},
    {"avgusta", 8},
    {"oktobra", 10},
    {"novembra", 11},
    {"decembra", 12},
    /* Slovenian ("5. junija 2020"; the others are Slovak's or Serbian's) */
    {"junija", 6},
    {"julija", 7},
    {"marec", 3},
    {"junij", 6},
    {"julij", 7},
    /* Romanian */
    {"ianuarie", 1},
    {"februarie", 2},
    {"martie", 3},
    {"aprilie", 4},
    {"iunie", 6},
    {"iulie", 7},
    {"septembrie", 9},
    {"octombrie", 10},
    {"noiembrie", 11},
    {"decembrie", 12},
    /* Hungarian */
    {"január", 1},
    {"február", 2},
    {"március", 3},
    {"április", 4},
    {"május", 5},
    {"június", 6},
    {"július", 7},
    {"augusztus", 8},
    {"szeptember", 9},
    {"október", 10},
    /* Turkish (and the abbreviations of its dates: "19 Kas 2019") */
    {"oca", 1},
    {"şub", 2},
    {"nis", 4},
    {"haz", 6},
    {"tem", 7},
    {"ağu", 8},
    {"eyl", 9},
    {"eki", 10},
    {"kas", 11},
    {"ara", 12},
    {"ocak", 1},
    {"şubat", 2},
    {"mart", 3},
    {"nisan", 4},
    {"mayıs", 5},
    {"haziran", 6},
    {"temmuz", 7},
    {"ağustos", 8},
    {"eylül", 9},
    {"ekim", 10},
    {"kasım", 11},
    {"aralık", 12},
    /* Indonesian, Malay */
    {"januari", 1},
    {"pebruari", 2},
    {"juni", 6},
    {"agustus", 8},
    {"desember", 12},
    {"mac", 3},
    {"ogos", 8},
    {"disember", 12},
    /* Russian (genitive and nominative) */
    {"января", 1},
    {"февраля", 2},
    {"марта", 3},
    {"апреля", 4},
    {"мая", 5},
    {"июня", 6},
    {"июля", 7},
    {"августа", 8},
    {"сентября", 9},
    {"октября", 10},
    {"ноября", 11},
    {"декабря", 12},
    {"январь", 1},
    {"февраль", 2},
    {"март", 3},
    {"апрель", 4},
    {"май", 5},
    {"июнь", 6},
    {"июль", 7},
    {"август", 8},
    {"сентябрь", 9},
    {"октябрь", 10},
    {"ноябрь", 11},
    {"декабрь", 12},
    /* Russian abbreviations ("19 окт 2019", "19 окт. 2019") */
    {"янв", 1},
    {"фев", 2},
    {"мар", 3},
    {"апр", 4},
    {"июн", 6},
    {"июл", 7},
    {"авг", 8},
    {"сен", 9},
    {"сент", 9},
    {"окт", 10},
    {"ноя", 11},
    {"дек", 12},
    /* Ukrainian (genitive) */
    {"січня", 1},
    {"лютого", 2},
    {"березня", 3},
    {"квітня", 4},
    {"травня", 5},
    {"червня", 6},
    {"липня", 7},
    {"серпня", 8},
    {"вересня", 9},
    {"жовтня", 10},
    {"листопада", 11},
    {"грудня", 12},
    /* Greek (genitive) */
    {"ιανουαρίου", 1},
    {"φεβρουαρίου", 2},
    {"μαρτίου", 3},
    {"απριλίου", 4},
    {"μαΐου", 5},
    {"ιουνίου", 6},
    {"ιουλίου", 7},
    {"αυγούστου", 8},
    {"σεπτεμβρίου", 9},
    {"οκτωβρίου", 10},
    {"νοεμβρίου", 11},
    {"δεκεμβρίου", 12},
    /* Bulgarian (dates write the nominative: "15 октомври 2020 г.";
     * март, май, август are Russian's too) */
    {"януари", 1},
    {"февруари", 2},
    {"април", 4},
    {"юни", 6},
    {"юли", 7},
    {"септември", 9},
    {"октомври", 10},
    {"ноември", 11},
    {"декември", 12},
    /* Lithuanian (genitive: "2020 m. spalio 26 d.") */
    {"sausio", 1},
    {"vasario", 2},
    {"kovo", 3},
    {"balandžio", 4},
    {"gegužės", 5},
    {"birželio", 6},
    {"liepos", 7},
    {"rugpjūčio", 8},
    {"rugsėjo", 9},
    {"spalio", 10},
    {"lapkričio", 11},
    {"gruodžio", 12},
    /* Estonian ("26. oktoober 2020") */
    {"jaanuar", 1},
    {"veebruar", 2},
    {"märts", 3},
    {"aprill", 4},
    {"juuni", 6},
    {"juuli", 7},
    {"oktoober", 10},
    {"detsember", 12},
    /* Catalan ("26 d'octubre de 2020"; abril, octubre, novembre are
     * Spanish's or French's too) */
    {"gener", 1},
    {"febrer", 2},
    {"març", 3},
    {"maig", 5},
    {"juny", 6},
    {"juliol", 7},
    {"agost", 8},
    {"setembre", 9},
    {"desembre", 12},
    /* Hindi (both spellings in use) */
    {"जनवरी", 1},
    {"फ़रवरी", 2},
    {"फरवरी", 2},
    {"मार्च", 3},
    {"अप्रैल", 4},
    {"मई", 5},
    {"जून", 6},
    {"जुलाई", 7},
    {"अगस्त", 8},
    {"सितंबर", 9},
    {"सितम्बर", 9},
    {"अक्टूबर", 10},
    {"नवंबर", 11},
    {"नवम्बर", 11},
    {"दिसंबर", 12},
    {"दिसम्बर", 12},
    /* Arabic (the names of Egypt and the Gulf, and the Levant's of one
     * word: its two-word Tishreen and Kanun months are not read) */
    {"يناير", 1},
    {"فبراير", 2},
    {"مارس", 3},
    {"أبريل", 4},
    {"ابريل", 4},
    {"مايو", 5},
    {"يونيو", 6},
    {"يوليو", 7},
    {"أغسطس", 8},
    {"اغسطس", 8},
    {"سبتمبر", 9},
    {"أكتوبر", 10},
    {"اكتوبر", 10},
    {"نوفمبر", 11},
    {"ديسمبر", 12},
    {"شباط", 2},
    {"آذار", 3},
    {"نيسان", 4},
    {"أيار", 5},
    {"حزيران", 6},
    {"تموز", 7},
    {"آب", 8},
    {"أيلول", 9},
    /* Hebrew, as dates write them: with the preposition ("15 באוקטובר") */
    {"בינואר", 1},
    {"בפברואר", 2},
    {"במרץ", 3},
    {"במרס", 3},
    {"באפריל", 4},
    {"במאי", 5},
    {"ביוני", 6},
    {"ביולי", 7},
    {"באוגוסט", 8},
    {"בספטמבר", 9},
    {"באוקטובר", 10},
    {"בנובמבר", 11},
    {"בדצמבר", 12},
    /* Polish abbreviations ("3 lis 2021"; mar and maj are above) */
    {"sty", 1},
    {"lut", 2},
    {"kwi", 4},
    {"cze", 6},
    {"lip", 7},
    {"sie", 8},
    {"wrz", 9},
    {"paź", 10},
    {"lis", 11},
    {"gru", 12},
    /* Ukrainian abbreviations ("3 лист. 2021") */
    {"січ", 1},
    {"лют", 2},
    {"бер", 3},
    {"квіт", 4},
    {"трав", 5},
    {"черв", 6},
    {"лип", 7},
    {"серп", 8},
    {"вер", 9},
    {"жовт", 10},
    {"лист", 11},
    {"груд", 12},
    /* Bulgarian abbreviations not shared with Russian's ("3 ное 2021") */
    {"яну", 1},
    {"сеп", 9},
    {"ное", 11},
    /* Serbian and Macedonian (Cyrillic; genitive and nominative: "3.
     * новембра 2021.", "3 ноември 2021"; the rest are Russian's or
     * Bulgarian's) */
    {"јануара", 1},
    {"фебруара", 2},
    {"априла", 4},
    {"маја", 5},
    {"јуна", 6},
    {"јула", 7},
    {"септембра", 9},
    {"октобра", 10},
    {"новембра", 11},
    {"децембра", 12},
    {"јануар", 1},
    {"фебруар", 2},
    {"мај", 5},
    {"јун", 6},
    {"јул", 7},
    {"септембар", 9},
    {"октобар", 10},
    {"новембар", 11},
    {"децембар", 12},
    {"јануари", 1},
    {"јуни", 6},
    {"јули", 7},
    /* Greek abbreviations ("3 Νοε 2021") */
    {"ιαν", 1},
    {"φεβ", 2},
    {"μαρ", 3},
    {"απρ", 4},
    {"μαΐ", 5},
    {"μαϊ", 5},
    {"ιουν", 6},
    {"ιουλ", 7},
    {"αυγ", 8},
    {"σεπ", 9},
    {"σεπτ", 9},
    {"οκτ", 10},
    {"νοε", 11},
    {"νοέ", 11},
    {"δεκ", 12},
    /* Icelandic (mars, september, október, desember are above) */
    {"janúar", 1},
    {"febrúar", 2},
    {"apríl", 4},
    {"maí", 5},
    {"júní", 6},
    {"júlí", 7},
    {"ágúst", 8},
    {"nóvember", 11},
    /* Albanian (mars, maj are above) */
    {"janar", 1},
    {"shkurt", 2},
    {"prill", 4},
    {"qershor", 6},
    {"korrik", 7},
    {"gusht", 8},
    {"shtator", 9},
    {"tetor", 10},
    {"nëntor", 11},
    {"dhjetor", 12},
    /* Latvian, nominative and locative ("2021. gada 12. maijā": dates.c
     * reads the year first with its "gada"; marts is Danish's too) */
    {"janvāris", 1},
    {"janvārī", 1},
    {"februāris", 2},
    {"februārī", 2},
    {"martā", 3},
    {"aprīlis", 4},
    {"aprīlī", 4},
    {"maijs", 5},
    {"maijā", 5},
    {"jūnijs", 6},
    {"jūnijā", 6},
    {"jūlijs", 7},
    {"jūlijā", 7},
    {"augusts", 8},
    {"augustā", 8},
    {"septembris", 9},
    {"septembrī", 9},
    {"oktobris", 10},
    {"oktobrī", 10},
    {"novembris", 11},
    {"novembrī", 11},
    {"decembris", 12},
    {"decembrī", 12},
    /* Filipino (enero, abril, mayo, agosto are Spanish's) */
    {"pebrero", 2},
    {"marso", 3},
    {"hunyo", 6},
    {"hulyo", 7},
    {"setyembre", 9},
    {"oktubre", 10},
    {"nobyembre", 11},
    {"disyembre", 12},
    /* Bengali (Gregorian months, as Bangladesh's and India's news write
     * them; য় composed or not, ি or ী: "৩ নভেম্বর ২০২১") */
    {"জানুয়ারি", 1},
    {"জানুয়ারী", 1},
    {"জানুয়ারি", 1},
    {"জানুয়ারী", 1},
    {"ফেব্রুয়ারি", 2},
    {"ফেব্রুয়ারী", 2},
    {"ফেব্রুয়ারি", 2},
    {"ফেব্রুয়ারী", 2},
    {"মার্চ", 3},
    {"এপ্রিল", 4},
    {"মে", 5},
    {"জুন", 6},
    {"জুলাই", 7},
    {"আগস্ট", 8},
    {"সেপ্টেম্বর", 9},
    {"অক্টোবর", 10},
    {"নভেম্বর", 11},
    {"ডিসেম্বর", 12},
    /* Marathi (मार्च and जून are Hindi's) */
    {"जानेवारी", 1},
    {"फेब्रुवारी", 2},
    {"एप्रिल", 4},
    {"मे", 5},
    {"जुलै", 7},
    {"ऑगस्ट", 8},
    {"सप्टेंबर", 9},
    {"ऑक्टोबर", 10},
    {"नोव्हेंबर", 11},
    {"डिसेंबर", 12},
    /* Thai (the year after it is often the Buddhist era's: dates.c) */
    {"มกราคม", 1},
    {"กุมภาพันธ์", 2},
    {"มีนาคม", 3},
    {"เมษายน", 4},
    {"พฤษภาคม", 5},
    {"มิถุนายน", 6},
    {"กรกฎาคม", 7},
    {"สิงหาคม", 8},
    {"กันยายน", 9},
    {"ตุลาคม", 10},
    {"พฤศจิกายน", 11},
    {"ธันวาคม", 12},
    /* Vietnamese writes "tháng 3" (month 3): dates.c reads it. */
};

/* Words before a date that make it the page's last change, not its
 * publication ("Updated 3 May 2024", "Mis à jour le ...", and the nouns:
 * "Letzte Aktualisierung:", "Última actualización:"). */
static const char *const updated_words[] = {
    "updated",        "update:",       "last modified", "modified",      "last edited",
    "aktualisiert",   "geändert",      "stand:",        "mis à jour",    "mise à jour",
    "modifié",        "actualizado",   "actualizada",   "modificado",    "aggiornato",
    "aggiornamento",  "atualizado",    "atualização",   "bijgewerkt",    "gewijzigd",
    "uppdaterad",     "opdateret",     "oppdatert",     "päivitetty",    "zaktualizowano",
    "aktualizacja",   "aktualizováno", "обновлено",     "оновлено",      "güncellendi",
    "güncelleme",     "frissítve",     "actualizat",    "diperbarui",    "更新",
    "수정",           "актуализирано", "обновено",      "atnaujinta",    "uuendatud",
    "actualitzat",    "cập nhật",      "تحديث",         "עודכן",         "अपडेट",
    "aktualisierung", "actualización", "aktualizace",   "aktualizované", "ažurirano",
    "posodobljeno",   "обновление",    "оновлення",     "ενημερώθηκε",   "ενημέρωση",
    "dikemas kini",   "อัปเดต",
};

/* Appends the lower case of the UTF-8 character at *s to out (room
 * checked by the caller), advancing *s. Lowers ASCII, Latin-1 capitals
 * (C3 80..9E), Greek (CE 91..A9) and Cyrillic (D0 80..AF). */
static size_t fold_char(const unsigned char **s, char *out)
{
    const unsigned char *p = *s;
    if (p[0] < 0x80) {
        out[0] = (char)(p[0] >= 'A' && p[0] <= 'Z' ? p[0] + 32 : p[0]);
        *s = p + 1;
        return 1;
    }
    size_t n = p[0] >= 0xF0 ? 4 : p[0] >= 0xE0 ? 3 : 2;
    for (size_t i = 1; i < n; i++)
        if ((p[i] & 0xC0) != 0x80)
            n = i;
    unsigned char a = p[0], b = n > 1 ? p[1] : 0;
    if (n == 2 && a == 0xC3 && b >= 0x80 && b <= 0x9E && b != 0x97)
        b = (unsigned char)(b + 0x20);
    else if (n == 2 && a == 0xCE && b >= 0x91 && b <= 0x9F)
        b = (unsigned char)(b + 0x20);
    else if (n == 2 && a == 0xCE && b >= 0xA0 && b <= 0xA9) {
        a = 0xCF;
        b = (unsigned char)(b - 0x20);
    } else if (n == 2 && a == 0xCE && b >= 0x86 && b <= 0x8F) {
        /* Greek capitals with tonos: Ά Έ Ή Ί -> ά έ ή ί (enough for months) */
        static const unsigned char low[] = {0xAC, 0, 0xAD, 0xAE, 0xAF, 0, 0xCC, 0, 0xCD, 0xCE};
        if (low[b - 0x86]) {
            a = b >= 0x8C ? 0xCF : 0xCE;
            b = low[b - 0x86];
        }
    } else if (n == 2 && (a == 0xC4 || a == 0xC5)) {
        /* Latin Extended-A pairs (Ş ş, Ł ł ...): capitals at even code
         * points in U+0100..U+0137 and U+014A..U+0177, odd in between. */
        unsigned cp = ((unsigned)(a & 0x1F) << 6) | (b & 0x3F);
        int upper = (cp <= 0x137 && !(cp & 1)) || (cp >= 0x139 && cp <= 0x148 && (cp & 1)) ||
                    (cp >= 0x14A && cp <= 0x177 && !(cp & 1));
        if (upper) {
            cp++;
            a = (unsigned char)(0xC0 | (cp >> 6));
            b = (unsigned char)(0x80 | (cp & 0x3F));
        }
    } else if (n == 2 && a == 0xD0 && b >= 0x90 && b <= 0x9F)
        b = (unsigned char)(b + 0x20);
    else if (n == 2 && a == 0xD0 && b >= 0xA0 && b <= 0xAF) {
        a = 0xD1;
        b = (unsigned char)(b - 0x20);
    } else if (n == 2 && a == 0xD0 && b >= 0x80 && b <= 0x8F) {
        a = 0xD1;
        b = (unsigned char)(b + 0x10);
    }
    out[0] = (char)a;
    if (n > 1)
        out[1] = (char)b;
    for (size_t i = 2; i < n; i++)
        out[i] = (char)p[i];
    *s = p + n;
    return n;
}

size_t art_date_fold(const char *s, size_t len, char *out, size_t out_size)
{
    const unsigned char *p = (const unsigned char *)s, *end = p + len;
    size_t o = 0;
    while (p < end && *p && o + 4 < out_size)
        o += fold_char(&p, out + o);
    out[o] = '\0';
    return o;
}

/* A letter of a word: ASCII letters and every non-ASCII byte. */
static int word_byte(unsigned char c)
{
    return ((c | 32) >= 'a' && (c | 32) <= 'z') || c >= 0x80;
}

/* 1 when a no-break or typographic space starts at s (U+00A0,
 * U+2000..U+200A, U+202F): it ends a word as a space does, though its
 * bytes are past ASCII. */
static int wide_space(const char *s)
{
    const unsigned char *u = (const unsigned char *)s;
    return (u[0] == 0xC2 && u[1] == 0xA0) ||
           (u[0] == 0xE2 && u[1] == 0x80 && (u[2] == 0xAF || (u[2] >= 0x80 && u[2] <= 0x8A)));
}

int art_date_month_word(const char **p)
{
    const char *s = *p;
    size_t n = 0;
    while (word_byte((unsigned char)s[n]) && n < 40 && !wide_space(s + n))
        n++;
    if (n < 3 || (word_byte((unsigned char)s[n]) && !wide_space(s + n)))
        return 0;
    char w[64];
    art_date_fold(s, n, w, sizeof w);
    /* The first byte first: this runs at every word of every date-like text. */
    for (size_t i = 0; i < sizeof month_words / sizeof month_words[0]; i++) {
        if (month_words[i].word[0] == w[0] && strcmp(w, month_words[i].word) == 0) {
            *p = s + n + (s[n] == '.');
            return month_words[i].month;
        }
    }
    return 0;
}

/* The digits other scripts write dates with, by the UTF-8 bytes of
 * their zero: the nine after it follow in the last byte. */
static const struct native_zero {
    unsigned char lead[3];
    unsigned char len;
} native_zeros[] = {
    {{0xD9, 0xA0, 0}, 2},    /* U+0660 Arabic-Indic */
    {{0xDB, 0xB0, 0}, 2},    /* U+06F0 Persian, Urdu */
    {{0xE0, 0xA5, 0xA6}, 3}, /* U+0966 Devanagari */
    {{0xE0, 0xA7, 0xA6}, 3}, /* U+09E6 Bengali */
    {{0xEF, 0xBC, 0x90}, 3}, /* U+FF10 fullwidth (Japanese, Chinese) */
};

int art_date_native_digit(const char *s, size_t *len)
{
    const unsigned char *u = (const unsigned char *)s;
    if (u[0] < 0xD9)
        return -1;
    for (size_t i = 0; i < sizeof native_zeros / sizeof native_zeros[0]; i++) {
        const struct native_zero *z = &native_zeros[i];
        size_t last = z->len - 1u;
        if (u[0] != z->lead[0] || (last == 2 && u[1] != z->lead[1]))
            continue;
        if (u[last] < z->lead[last] || u[last] > z->lead[last] + 9)
            continue;
        *len = z->len;
        return u[last] - z->lead[last];
    }
    return -1;
}

int art_date_says_updated(const char *s, size_t len)
{
    char w[256];
    if (len > 200)
        s += len - 200, len = 200;
    art_date_fold(s, len, w, sizeof w);
    for (size_t i = 0; i < sizeof updated_words / sizeof updated_words[0]; i++)
        if (strstr(w, updated_words[i]))
            return 1;
    return 0;
}
