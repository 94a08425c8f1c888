package org.g5sahel.pcms.matching;

import java.util.Map;
import java.util.Set;

/**
 * The one table of the words in names that are not names: kinship particles, articles, the kunya, titles, and the
 * legal-form and generic words of organisation names, in Latin spellings and Arabic script.
 * <p>
 * What each kind weighs in a comparison ({@link TokenKind#weight()}): a particle almost nothing (Mohamed Ould Ahmed,
 * Mohamed Ben Ahmed and Mohamed Ahmed are one person), a kunya or title a little (Abou, Cheikh, El Hadj are sometimes
 * written, sometimes not), an organisation's legal form a little (SARL, Ltd, شركة).
 */
final class Particles {

    /** Son / daughter of, and the family: Hassaniya, Tamasheq, Arabic, Berber. Canonical spelling for each. */
    private static final Map<String, String> KINSHIP = Map.ofEntries(
            Map.entry("ould", "bin"),
            Map.entry("uld", "bin"),
            Map.entry("wuld", "bin"),
            Map.entry("walad", "bin"),
            Map.entry("ag", "bin"),
            Map.entry("ben", "bin"),
            Map.entry("bin", "bin"),
            Map.entry("ibn", "bin"),
            Map.entry("ibnu", "bin"),
            Map.entry("bint", "bint"),
            Map.entry("bent", "bint"),
            Map.entry("mint", "bint"),
            Map.entry("ait", "ait"),
            Map.entry("ولد", "bin"),
            Map.entry("بن", "bin"),
            Map.entry("ابن", "bin"),
            Map.entry("إبن", "bin"),
            Map.entry("بنت", "bint"),
            Map.entry("أغ", "bin"),
            Map.entry("اغ", "bin"),
            Map.entry("آل", "al"),
            Map.entry("آيت", "ait"));

    /** The article and its assimilated forms (ad-Din, ar-Rahman, as-Sayyid, ech-Cheikh, ez-Zawahiri). */
    private static final Set<String> ARTICLES = Set.of(
            "al", "el", "ul", "il", "ad", "ed", "ud", "ar", "er", "ur", "as", "es", "us", "ash", "ech", "esh", "at",
            "et", "ut", "az", "ez", "uz", "an", "en", "un", "ال");

    /** "Father of" / "mother of": part of the name, but sometimes dropped. */
    private static final Set<String> KUNYA = Set.of(
            "abu", "abou", "abo", "abi", "aboul", "abul", "bou", "umm", "oum", "um", "أبو", "ابو", "أبي", "ابي", "أم",
            "ام");

    /** "Servant of": never a name alone, always the first half of one (Abd al-Qadir, Abdel Kader). */
    private static final Set<String> SERVANT_OF =
            Set.of("abd", "abdel", "abdal", "abdul", "abdoul", "abdu", "abdil", "abdol", "abdelle", "عبد");

    /** Titles and honorifics that some records write and others drop. */
    private static final Set<String> TITLES = Set.of(
            "hadj", "hadji", "haj", "hajj", "hajji", "elhadj", "elhadji", "alhaji", "alhadji", "alhadj", "cheikh",
            "cheick", "sheikh", "shaykh", "shaikh", "sheik", "sidi", "sayed", "sayyid", "seyyid", "moulay", "mulay",
            "mullah", "mollah", "mawlawi", "maulvi", "imam", "dr", "docteur", "mr", "mme", "mrs", "ms", "m", "الحاج",
            "الشيخ", "شيخ", "سيدي", "مولاي", "ملا", "مولوي", "الدكتور", "الإمام");

    /** Legal forms and generic words of organisation names, and the small words that join them. */
    private static final Set<String> ORGANISATION_FORMS = Set.of(
            "sarl",
            "sa",
            "sas",
            "sasu",
            "suarl",
            "gie",
            "eurl",
            "snc",
            "ltd",
            "limited",
            "llc",
            "plc",
            "inc",
            "incorporated",
            "corp",
            "corporation",
            "co",
            "cie",
            "company",
            "compagnie",
            "societe",
            "society",
            "establishment",
            "establishments",
            "etablissement",
            "etablissements",
            "ets",
            "est",
            "trading",
            "trade",
            "traders",
            "group",
            "groupe",
            "holding",
            "holdings",
            "international",
            "intl",
            "enterprise",
            "enterprises",
            "entreprise",
            "entreprises",
            "general",
            "generale",
            "import",
            "export",
            "foundation",
            "fondation",
            "organisation",
            "organization",
            "association",
            "bureau",
            "agency",
            "agence",
            "office",
            "network",
            "reseau",
            "services",
            "service",
            "industries",
            "industry",
            "commercial",
            "commerciale",
            "commerce",
            "gmbh",
            "ag",
            "bv",
            "nv",
            "srl",
            "spa",
            "fze",
            "fzco",
            "fzc",
            "wll",
            "jsc",
            "ojsc",
            "pjsc",
            "ooo",
            "mutual",
            "charity",
            "charitable",
            "trust",
            "شركة",
            "مؤسسة",
            "مجموعة",
            "التجارية",
            "تجارية",
            "للتجارة",
            "التجارة",
            "المحدودة",
            "محدودة",
            "العامة",
            "للاستيراد",
            "والتصدير",
            "الاستيراد",
            "التصدير",
            "مكتب",
            "جمعية",
            "منظمة",
            "هيئة",
            "الخيرية",
            "خيرية",
            "الدولية",
            "دولية",
            "القابضة",
            "والمقاولات",
            "للخدمات",
            "الخدمات");

    /** Small words of organisation names (and of some personal names: Abd al, de la). */
    private static final Set<String> JOINING = Set.of(
            "the", "of", "and", "for", "de", "la", "le", "les", "des", "du", "et", "d", "l", "y", "und", "van", "von",
            "der", "den", "و", "في", "من", "لل");

    private Particles() {}

    /** What a word is in a name; {@code organisation} decides whether legal-form words count as such. */
    static TokenKind kind(String text, boolean organisation) {
        if (KINSHIP.containsKey(text) && !(organisation && text.equals("ag"))) {
            return TokenKind.PARTICLE;
        }
        if (ARTICLES.contains(text)) {
            return TokenKind.PARTICLE;
        }
        if (KUNYA.contains(text)) {
            return TokenKind.KUNYA;
        }
        if (TITLES.contains(text)) {
            return TokenKind.TITLE;
        }
        if (JOINING.contains(text)) {
            return TokenKind.PARTICLE;
        }
        if (ORGANISATION_FORMS.contains(text) && (organisation || !text.equals("ag") && text.length() > 3)) {
            return TokenKind.ORGANISATION_FORM;
        }
        return TokenKind.NAME;
    }

    /** The canonical form of a particle, so that Ould, Ben and ولد are equated; the word itself otherwise. */
    static String canonical(String text) {
        if (ARTICLES.contains(text)) {
            return "al";
        }
        return KINSHIP.getOrDefault(text, text);
    }

    static boolean isServantOf(String text) {
        return SERVANT_OF.contains(text);
    }

    /** Whether a name looks like an organisation's: it holds a legal-form or generic word. */
    static boolean looksLikeOrganisation(Iterable<String> texts) {
        for (String text : texts) {
            if (ORGANISATION_FORMS.contains(text) && !text.equals("ag") && !text.equals("sa")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The word without a glued article, when it has one: Alhassan, Elhadj, Ezzedine (assimilated: the doubled sun
     * letter), Abdelkader keeps its own; null otherwise. The form with the article is compared too.
     */
    static String withoutGluedArticle(String text) {
        if (text.startsWith("ال") && text.length() > 4) {
            return text.substring(2);
        }
        if (text.length() >= 6 && (text.startsWith("al") || text.startsWith("el")) && !Sound.isVowel(text.charAt(2))) {
            return text.substring(2);
        }
        // Assimilated article: Ezzedine, Essaid, Errahmane, Ettayeb, Eddine, Ennour.
        if (text.length() >= 6
                && (text.charAt(0) == 'e' || text.charAt(0) == 'a')
                && text.charAt(1) == text.charAt(2)
                && "dnrstzlc".indexOf(text.charAt(1)) >= 0) {
            return text.substring(2);
        }
        return null;
    }
}
