package org.g5sahel.pcms.aml.imports;

import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.g5sahel.pcms.aml.model.AccountKind;
import org.g5sahel.pcms.aml.model.Channel;
import org.g5sahel.pcms.aml.model.ReportKind;
import org.g5sahel.pcms.aml.model.SubjectKind;
import org.g5sahel.pcms.aml.model.SubjectRole;
import org.g5sahel.pcms.aml.rest.ReportRequest;
import org.g5sahel.pcms.aml.service.Currencies;

/**
 * Reads a report in the UNODC goAML XML schema (5.x: {@code report} with {@code report_code}, {@code reason},
 * {@code transaction}s with {@code t_from_my_client}/{@code t_from} and {@code t_to_my_client}/{@code t_to}, or an
 * {@code activity} with {@code report_parties}) into a {@link ReportRequest}. Every value the registry relies on is
 * checked here, so that an error names the goAML node: unknown currency, negative or unreadable amount, missing name.
 */
public final class GoamlParser {

    private static final int MAX_ELEMENTS = 200_000;

    /**
     * goAML conduction codes are set by each FIU's lookup tables; these are the common ones. Anything else is OTHER.
     */
    private static final Map<String, Channel> CHANNELS = Map.ofEntries(Map.entry("ELCFT", Channel.WIRE),
            Map.entry("INTRN", Channel.WIRE), Map.entry("SWIFT", Channel.WIRE), Map.entry("ONBNK", Channel.WIRE),
            Map.entry("CASH", Channel.CASH), Map.entry("CSH", Channel.CASH), Map.entry("CDM", Channel.CASH),
            Map.entry("ATM", Channel.CASH), Map.entry("ATMWT", Channel.CASH), Map.entry("DSB", Channel.CASH),
            Map.entry("MB", Channel.MOBILE_MONEY), Map.entry("MOBMN", Channel.MOBILE_MONEY),
            Map.entry("MM", Channel.MOBILE_MONEY), Map.entry("HAWLA", Channel.HAWALA),
            Map.entry("HAWALA", Channel.HAWALA), Map.entry("INFVT", Channel.HAWALA), Map.entry("CHQ", Channel.CHEQUE),
            Map.entry("CCD", Channel.CARD), Map.entry("DBCD", Channel.CARD), Map.entry("PPCD", Channel.CARD),
            Map.entry("LCRD", Channel.CARD));

    private final Map<String, ReportRequest.Subject> subjects = new LinkedHashMap<>();
    private final Map<String, ReportRequest.Account> accounts = new LinkedHashMap<>();
    private String localCurrency;

    private GoamlParser() {
    }

    public static ReportRequest parse(InputStream input) {
        return new GoamlParser().read(SecureXml.parse(input, MAX_ELEMENTS));
    }

    private ReportRequest read(XmlNode report) {
        if (!report.name().equals("report")) {
            throw report.error("import.goaml.not-a-report");
        }
        ReportKind kind = reportKind(report);
        localCurrency = report.text("currency_code_local").map(code -> currency(report, "currency_code_local", code))
                .orElse(null);
        List<ReportRequest.Transaction> transactions = new ArrayList<>();
        for (XmlNode transaction : report.children("transaction")) {
            transactions.add(transaction(transaction));
        }
        report.child("activity").flatMap(activity -> activity.child("report_parties")).ifPresent(parties -> {
            for (XmlNode party : parties.children("report_party")) {
                reportParty(party);
            }
        });
        if (subjects.isEmpty()) {
            throw report.error("import.goaml.no-subject");
        }
        List<String> indicators = report.child("report_indicators")
                .map(node -> node.children("indicator").stream().map(XmlNode::text).filter(s -> !s.isBlank()).toList())
                .orElse(List.of());
        String entity = report.required("rentity_id");
        return new ReportRequest(kind, entity, report.text("rentity_branch").orElse(null),
                report.text("entity_reference").orElse(null), instant(report, "submission_date",
                        report.required("submission_date")), localCurrency, report.required("reason"),
                report.text("action").orElse(null), indicators, List.copyOf(subjects.values()),
                List.copyOf(accounts.values()), transactions, null);
    }

    private static ReportKind reportKind(XmlNode report) {
        String code = report.required("report_code");
        try {
            return ReportKind.valueOf(code.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ImportException(report.path() + "/report_code", report.line(), "import.goaml.report-code");
        }
    }

    private ReportRequest.Transaction transaction(XmlNode node) {
        BigDecimal amount = amount(node, "amount_local");
        String currency = localCurrency;
        Optional<XmlNode> foreign = node.child("t_from_my_client").or(() -> node.child("t_from"))
                .flatMap(from -> from.child("from_foreign_currency"));
        if (foreign.isPresent()) {
            currency = currency(foreign.get(), "foreign_currency_code", foreign.get().required("foreign_currency_code"));
            amount = amount(foreign.get(), "foreign_amount");
        }
        if (currency == null) {
            throw new ImportException(node.path() + "/amount_local", node.line(), "import.goaml.no-currency");
        }
        String from = null;
        String fromAccount = null;
        String to = null;
        String toAccount = null;
        Channel channel = node.text("transmode_code").map(code -> CHANNELS.getOrDefault(code.toUpperCase(Locale.ROOT),
                Channel.OTHER)).orElse(Channel.OTHER);
        Optional<XmlNode> source = node.child("t_from_my_client").or(() -> node.child("t_from"));
        if (source.isPresent()) {
            XmlNode side = source.get();
            if (channel == Channel.OTHER && side.text("from_funds_code").filter("CASH"::equalsIgnoreCase).isPresent()) {
                channel = Channel.CASH;
            }
            from = side.child("from_person").map(p -> person(p, SubjectRole.SENDER))
                    .or(() -> side.child("from_entity").map(e -> entity(e, SubjectRole.SENDER))).orElse(null);
            fromAccount = side.child("from_account").map(this::account).orElse(null);
        }
        Optional<XmlNode> target = node.child("t_to_my_client").or(() -> node.child("t_to"));
        if (target.isPresent()) {
            XmlNode side = target.get();
            to = side.child("to_person").map(p -> person(p, SubjectRole.BENEFICIARY))
                    .or(() -> side.child("to_entity").map(e -> entity(e, SubjectRole.BENEFICIARY))).orElse(null);
            toAccount = side.child("to_account").map(this::account).orElse(null);
        }
        if (from == null && fromAccount == null && to == null && toAccount == null) {
            throw node.error("import.goaml.no-party");
        }
        return new ReportRequest.Transaction(node.text("transactionnumber").orElse(null),
                instant(node, "date_transaction", node.required("date_transaction")), amount, currency, channel,
                node.text("transaction_description").orElse(null), from, fromAccount, to, toAccount);
    }

    private void reportParty(XmlNode party) {
        boolean found = false;
        for (String element : List.of("person", "person_my_client")) {
            for (XmlNode person : party.children(element)) {
                person(person, SubjectRole.REPORTED_PARTY);
                found = true;
            }
        }
        for (String element : List.of("entity", "entity_my_client")) {
            for (XmlNode entity : party.children(element)) {
                entity(entity, SubjectRole.REPORTED_PARTY);
                found = true;
            }
        }
        for (String element : List.of("account", "account_my_client")) {
            for (XmlNode account : party.children(element)) {
                account(account);
                found = true;
            }
        }
        if (!found) {
            throw party.error("import.goaml.no-party");
        }
    }

    /** The key of the subject; the same person met twice (same document, or same name and birth date) is one. */
    private String person(XmlNode node, SubjectRole role) {
        String first = node.text("first_name").orElse(null);
        String last = node.text("last_name").orElse(null);
        String full = Stream.of(first, node.text("middle_name").orElse(null), last)
                .filter(s -> s != null && !s.isBlank()).collect(Collectors.joining(" "));
        if (full.isBlank()) {
            throw new ImportException(node.path() + "/last_name", node.line(), "import.missing");
        }
        LocalDate birth = node.text("birthdate").map(value -> date(node, "birthdate", value)).orElse(null);
        String document = node.text("id_number").or(() -> node.text("passport_number"))
                .or(() -> node.child("identifications").flatMap(ids -> ids.child("identification"))
                        .flatMap(id -> id.text("number")))
                .orElse(null);
        String nationality = node.text("nationality1").map(code -> code.toUpperCase(Locale.ROOT)).orElse(null);
        if (nationality != null && !nationality.matches("^[A-Z]{2}$")) {
            throw new ImportException(node.path() + "/nationality1", node.line(), "import.goaml.country");
        }
        String key = document != null ? "doc:" + document : "name:" + full.toLowerCase(Locale.ROOT) + "|" + birth;
        subjects.putIfAbsent(key, new ReportRequest.Subject(key, SubjectKind.PERSON, role, full, first, last, birth,
                nationality, document));
        return key;
    }

    private String entity(XmlNode node, SubjectRole role) {
        String name = node.required("name");
        String registration = node.text("incorporation_number").orElse(null);
        String key = registration != null ? "reg:" + registration : "entity:" + name.toLowerCase(Locale.ROOT);
        subjects.putIfAbsent(key, new ReportRequest.Subject(key, SubjectKind.ENTITY, role, name, null, null, null,
                node.text("incorporation_country_code").orElse(null), registration));
        return key;
    }

    private String account(XmlNode node) {
        String number = node.text("account").or(() -> node.text("iban"))
                .orElseThrow(() -> new ImportException(node.path() + "/account", node.line(), "import.missing"));
        String institution = node.text("institution_name").or(() -> node.text("institution_code"))
                .or(() -> node.text("swift")).orElse("?");
        String currency = node.text("currency_code").map(code -> currency(node, "currency_code", code)).orElse(null);
        String holder = node.child("t_entity").map(e -> entity(e, SubjectRole.ACCOUNT_HOLDER)).orElse(null);
        for (XmlNode signatory : node.children("signatory")) {
            Optional<XmlNode> person = signatory.child("t_person");
            if (person.isPresent()) {
                String key = person(person.get(), SubjectRole.ACCOUNT_HOLDER);
                holder = holder == null ? key : holder;
            }
        }
        // goAML has no mobile-money flag; wallets are held by non-bank institutions (payment or e-money issuers).
        AccountKind kind = node.text("non_bank_institution").filter(v -> v.equals("true") || v.equals("1"))
                .isPresent() ? AccountKind.MOBILE_MONEY : AccountKind.BANK;
        String key = "acc:" + institution + "|" + number;
        accounts.putIfAbsent(key, new ReportRequest.Account(key, kind, institution, number, currency, holder));
        return key;
    }

    private static BigDecimal amount(XmlNode node, String element) {
        String text = node.required(element);
        try {
            BigDecimal amount = new BigDecimal(text);
            if (amount.signum() < 0) {
                throw new ImportException(node.path() + "/" + element, node.line(), "import.negative-amount");
            }
            return amount;
        } catch (NumberFormatException e) {
            throw new ImportException(node.path() + "/" + element, node.line(), "import.bad-number");
        }
    }

    private static String currency(XmlNode node, String element, String code) {
        if (!Currencies.isKnown(code)) {
            throw new ImportException(node.path() + "/" + element, node.line(), "import.unknown-currency");
        }
        return code;
    }

    /** goAML dates are local date-times without zone; the reporting country's time is taken as UTC (West Africa). */
    private static Instant instant(XmlNode node, String element, String text) {
        try {
            return text.length() > 19 ? OffsetDateTime.parse(text).toInstant()
                    : LocalDateTime.parse(text).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            throw new ImportException(node.path() + "/" + element, node.line(), "import.bad-date");
        }
    }

    private static LocalDate date(XmlNode node, String element, String text) {
        try {
            return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
        } catch (DateTimeParseException e) {
            throw new ImportException(node.path() + "/" + element, node.line(), "import.bad-date");
        }
    }
}
