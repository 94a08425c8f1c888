package org.g5sahel.pcms.aml.imports;

import java.io.ByteArrayInputStream;
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
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.g5sahel.pcms.aml.model.AccountKind;
import org.g5sahel.pcms.aml.model.Channel;
import org.g5sahel.pcms.aml.model.ReportKind;
import org.g5sahel.pcms.aml.model.SubjectKind;
import org.g5sahel.pcms.aml.model.SubjectRole;
import org.g5sahel.pcms.aml.service.Currencies;
import org.g5sahel.pcms.aml.service.ReportCommand;

/**
 * Reads a report of any {@code report_code} of the UNODC goAML 5 schema into a {@link ReportCommand}: its
 * {@code transaction}s (from {@code t_from_my_client}/{@code t_from} to {@code t_to_my_client}/{@code t_to}, or
 * between {@code involved_parties}), its {@code activity} ({@code report_parties}, each with its reason) and the
 * goods and services of either. Persons named through another subject — directors of an entity, signatories of an
 * account, the conductor of a transaction — become subjects too, with their role, so that they are screened.
 *
 * <p>What must be there is what the schema requires ({@link GoamlRules}); every value the registry relies on is
 * checked here, so that an error names the element at fault and its own line: unknown report code or currency,
 * negative or unreadable amount, missing name. Elements are read by local name, prefixed or not.
 */
public final class GoamlParser {

    private static final int MAX_ELEMENTS = 200_000;

    /**
     * goAML conduction codes are set by each FIU's lookup tables; these are the common ones. Anything else is OTHER.
     */
    private static final Map<String, Channel> CHANNELS = Map.ofEntries(
            Map.entry("ELCFT", Channel.WIRE),
            Map.entry("INTRN", Channel.WIRE),
            Map.entry("SWIFT", Channel.WIRE),
            Map.entry("ONBNK", Channel.WIRE),
            Map.entry("CASH", Channel.CASH),
            Map.entry("CSH", Channel.CASH),
            Map.entry("CDM", Channel.CASH),
            Map.entry("ATM", Channel.CASH),
            Map.entry("ATMWT", Channel.CASH),
            Map.entry("DSB", Channel.CASH),
            Map.entry("MB", Channel.MOBILE_MONEY),
            Map.entry("MOBMN", Channel.MOBILE_MONEY),
            Map.entry("MM", Channel.MOBILE_MONEY),
            Map.entry("HAWLA", Channel.HAWALA),
            Map.entry("HAWALA", Channel.HAWALA),
            Map.entry("INFVT", Channel.HAWALA),
            Map.entry("CHQ", Channel.CHEQUE),
            Map.entry("CCD", Channel.CARD),
            Map.entry("DBCD", Channel.CARD),
            Map.entry("PPCD", Channel.CARD),
            Map.entry("LCRD", Channel.CARD));

    /** goAML party roles ({@code involved_parties/party/role}) of the party that pays. */
    private static final Set<String> PAYING_ROLES = Set.of("RMITR", "BUY", "CASHD");
    /** goAML party roles of the party that is paid. */
    private static final Set<String> PAID_ROLES = Set.of("BNFCR", "SELL", "MRCNT", "SPLIR");

    private final Map<String, ReportCommand.Subject> subjects = new LinkedHashMap<>();
    private final Map<String, ReportCommand.Account> accounts = new LinkedHashMap<>();
    private final List<ReportCommand.Goods> goods = new ArrayList<>();
    private String localCurrency;

    private GoamlParser() {}

    /** The report of a goAML file, checked against the registry's rules. */
    public static ReportCommand parse(byte[] file) {
        return parse(file, null);
    }

    /** The report of a goAML file, validated first against the FIU's schema when there is one. */
    public static ReportCommand parse(byte[] file, GoamlSchema schema) {
        XmlNode root = SecureXml.parse(new ByteArrayInputStream(file), MAX_ELEMENTS);
        if (schema != null) {
            schema.validate(file);
        }
        return new GoamlParser().read(root);
    }

    private ReportCommand read(XmlNode report) {
        if (!report.name().equals("report")) {
            throw report.error("import.goaml.not-a-report");
        }
        GoamlRules.REPORT.check(report);
        ReportKind kind = reportKind(report.requiredChild("report_code"));
        localCurrency = currency(report.requiredChild("currency_code_local"));
        List<ReportCommand.Transaction> transactions = new ArrayList<>();
        for (XmlNode transaction : report.children("transaction")) {
            transactions.add(transaction(transaction));
        }
        Optional<XmlNode> activity = report.child("activity");
        if (activity.isPresent()) {
            GoamlRules.ACTIVITY.check(activity.get());
            XmlNode parties = activity.get().child("report_parties").orElseThrow();
            GoamlRules.REPORT_PARTIES.check(parties);
            for (XmlNode party : parties.children("report_party")) {
                reportParty(party);
            }
            activity.get().child("goods_services").ifPresent(items -> goods(items, null));
        }
        if (subjects.isEmpty()) {
            throw report.error("import.goaml.no-subject");
        }
        XmlNode indicators = report.child("report_indicators").orElseThrow();
        GoamlRules.REPORT_INDICATORS.check(indicators);
        XmlNode submitted = report.valued("submission_date")
                .or(() -> report.valued("report_date"))
                .orElseThrow();
        return new ReportCommand(
                kind,
                report.required("rentity_id"),
                report.text("rentity_branch").orElse(null),
                report.required("entity_reference"),
                instant(submitted),
                localCurrency,
                report.text("reason").orElse(null),
                report.text("action").orElse(null),
                indicators.children("indicator").stream()
                        .map(XmlNode::text)
                        .filter(s -> !s.isBlank())
                        .toList(),
                List.copyOf(subjects.values()),
                List.copyOf(accounts.values()),
                transactions,
                List.copyOf(goods),
                null);
    }

    private static ReportKind reportKind(XmlNode code) {
        try {
            return ReportKind.valueOf(code.text().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw code.error("import.goaml.report-code");
        }
    }

    private ReportCommand.Transaction transaction(XmlNode node) {
        GoamlRules.TRANSACTION.check(node);
        String number = node.required("transactionnumber");
        Money money = new Money(amount(node.requiredChild("amount_local")), localCurrency);
        Channel channel =
                CHANNELS.getOrDefault(node.required("transmode_code").toUpperCase(Locale.ROOT), Channel.OTHER);
        Parties parties = new Parties();
        Optional<XmlNode> involved = node.child("involved_parties");
        if (involved.isPresent()) {
            GoamlRules.INVOLVED_PARTIES.check(involved.get());
            for (XmlNode party : involved.get().children("party")) {
                money = involvedParty(party, parties, money);
            }
        } else {
            XmlNode source = node.child("t_from_my_client")
                    .or(() -> node.child("t_from"))
                    .orElseThrow();
            boolean myClient = source.name().equals("t_from_my_client");
            GoamlRules.FROM.check(source);
            if (channel == Channel.OTHER
                    && source.text("from_funds_code")
                            .filter("CASH"::equalsIgnoreCase)
                            .isPresent()) {
                channel = Channel.CASH;
            }
            money = foreign(source.child("from_foreign_currency"), money);
            source.child("t_conductor")
                    .ifPresent(
                            conductor -> parties.others.add(person(conductor, SubjectRole.CONDUCTOR, myClient, null)));
            parties.from = source.child("from_person")
                    .map(p -> person(p, SubjectRole.SENDER, myClient, null))
                    .or(() -> source.child("from_entity").map(e -> entity(e, SubjectRole.SENDER, myClient, null)))
                    .orElse(null);
            parties.fromAccount =
                    source.child("from_account").map(a -> account(a, myClient)).orElse(null);
            XmlNode target =
                    node.child("t_to_my_client").or(() -> node.child("t_to")).orElseThrow();
            boolean targetMyClient = target.name().equals("t_to_my_client");
            GoamlRules.TO.check(target);
            parties.to = target.child("to_person")
                    .map(p -> person(p, SubjectRole.BENEFICIARY, targetMyClient, null))
                    .or(() -> target.child("to_entity")
                            .map(e -> entity(e, SubjectRole.BENEFICIARY, targetMyClient, null)))
                    .orElse(null);
            parties.toAccount = target.child("to_account")
                    .map(a -> account(a, targetMyClient))
                    .orElse(null);
        }
        node.child("goods_services").ifPresent(items -> goods(items, number));
        return new ReportCommand.Transaction(
                number,
                instant(node.requiredChild("date_transaction")),
                money.amount,
                money.currency,
                channel,
                node.text("transaction_description").orElse(null),
                parties.from,
                parties.fromAccount,
                parties.to,
                parties.toAccount,
                List.copyOf(parties.others));
    }

    /** A party of {@code involved_parties}: the payer and the paid by their role, any other role beside them. */
    private Money involvedParty(XmlNode party, Parties parties, Money money) {
        GoamlRules.PARTY.check(party);
        String role = party.required("role").toUpperCase(Locale.ROOT);
        SubjectRole subjectRole = PAYING_ROLES.contains(role)
                ? SubjectRole.SENDER
                : PAID_ROLES.contains(role) ? SubjectRole.BENEFICIARY : SubjectRole.TRANSACTION_PARTY;
        Named named = named(party, subjectRole, role);
        if (subjectRole == SubjectRole.SENDER && parties.from == null && parties.fromAccount == null) {
            parties.from = named.subject;
            parties.fromAccount = named.account;
            return foreign(party.child("foreign_currency"), money);
        }
        if (subjectRole == SubjectRole.BENEFICIARY && parties.to == null && parties.toAccount == null) {
            parties.to = named.subject;
            parties.toAccount = named.account;
            return money;
        }
        if (named.subject != null) {
            parties.others.add(named.subject);
        }
        return money;
    }

    private void reportParty(XmlNode party) {
        GoamlRules.REPORT_PARTY.check(party);
        String role = party.text("role").orElse(null);
        Named named = named(party, SubjectRole.REPORTED_PARTY, role);
        String reason = party.required("reason");
        if (named.subject != null) {
            subjects.computeIfPresent(
                    named.subject,
                    (key, subject) -> subject.reason() != null
                            ? subject
                            : new ReportCommand.Subject(
                                    key,
                                    subject.kind(),
                                    subject.role(),
                                    subject.fullName(),
                                    subject.firstName(),
                                    subject.lastName(),
                                    subject.birthDate(),
                                    subject.nationality(),
                                    subject.idNumber(),
                                    subject.roleCode(),
                                    reason));
        }
    }

    /** The person, entity or account a party ({@code t_party} or {@code report_party}) names. */
    private Named named(XmlNode party, SubjectRole role, String roleCode) {
        for (boolean myClient : new boolean[] {false, true}) {
            String suffix = myClient ? "_my_client" : "";
            Optional<XmlNode> person = party.child("person" + suffix);
            if (person.isPresent()) {
                return new Named(person(person.get(), role, myClient, roleCode), null);
            }
            Optional<XmlNode> entity = party.child("entity" + suffix);
            if (entity.isPresent()) {
                return new Named(entity(entity.get(), role, myClient, roleCode), null);
            }
            Optional<XmlNode> account = party.child("account" + suffix);
            if (account.isPresent()) {
                String key = account(account.get(), myClient);
                return new Named(null, key);
            }
        }
        throw party.error("import.goaml.no-party");
    }

    /** The key of the subject; the same person met twice (same document, or same name and birth date) is one. */
    private String person(XmlNode node, SubjectRole role, boolean myClient, String roleCode) {
        GoamlRules.person(myClient).check(node);
        String first = node.required("first_name");
        String last = node.required("last_name");
        String full = Stream.of(first, node.text("middle_name").orElse(null), last)
                .filter(s -> s != null && !s.isBlank())
                .collect(Collectors.joining(" "));
        LocalDate birth = node.valued("birthdate").map(GoamlParser::date).orElse(null);
        String document = node.text("id_number")
                .or(() -> node.text("passport_number"))
                .or(() -> node.child("identification")
                        .or(() -> node.child("identifications").flatMap(ids -> ids.child("identification")))
                        .flatMap(id -> id.text("number")))
                .orElse(null);
        String nationality =
                node.valued("nationality1").map(GoamlParser::country).orElse(null);
        String key = document != null ? "doc:" + document : "name:" + full.toLowerCase(Locale.ROOT) + "|" + birth;
        subjects.putIfAbsent(
                key,
                new ReportCommand.Subject(
                        key,
                        SubjectKind.PERSON,
                        role,
                        full,
                        first,
                        last,
                        birth,
                        nationality,
                        document,
                        roleCode,
                        null));
        return key;
    }

    /** The key of the entity; its directors and related persons become subjects too. */
    private String entity(XmlNode node, SubjectRole role, boolean myClient, String roleCode) {
        GoamlRules.entity(myClient).check(node);
        String name = node.required("name");
        String registration = node.text("incorporation_number").orElse(null);
        String country = node.valued("incorporation_country_code")
                .map(GoamlParser::country)
                .orElse(null);
        String key = registration != null ? "reg:" + registration : "entity:" + name.toLowerCase(Locale.ROOT);
        subjects.putIfAbsent(
                key,
                new ReportCommand.Subject(
                        key, SubjectKind.ENTITY, role, name, null, null, null, country, registration, roleCode, null));
        for (XmlNode director : node.children("director_id")) {
            person(director, SubjectRole.DIRECTOR, false, director.text("role").orElse(null));
        }
        node.child("related_persons").ifPresent(related -> {
            for (XmlNode relation : related.children("entity_related_person")) {
                GoamlRules.ENTITY_RELATED_PERSON.check(relation);
                person(
                        relation.child("person").orElseThrow(),
                        SubjectRole.DIRECTOR,
                        false,
                        relation.text("role").orElse(null));
            }
        });
        return key;
    }

    /**
     * The key of the account. Its holder is its entity, else its primary signatory, else its first one; the other
     * signatories and related persons are subjects as signatories.
     */
    private String account(XmlNode node, boolean myClient) {
        GoamlRules.account(myClient).check(node);
        String number = node.text("account")
                .or(() -> node.text("iban"))
                .orElseThrow(() -> new ImportException(node.path() + "/account", node.line(), "import.missing"));
        String institution = node.text("institution_name")
                .or(() -> node.text("institution_code"))
                .or(() -> node.text("swift"))
                .orElse("?");
        String currency = node.valued("currency_code").map(this::currency).orElse(null);
        String holder = node.child("t_entity")
                .map(e -> entity(e, SubjectRole.ACCOUNT_HOLDER, myClient, null))
                .orElse(null);
        List<XmlNode> signatories = new ArrayList<>(node.children("signatory"));
        node.child("related_persons")
                .ifPresent(related -> signatories.addAll(related.children("account_related_person")));
        XmlNode primary = signatories.stream()
                .filter(s -> s.text("is_primary").filter(GoamlParser::isTrue).isPresent())
                .findFirst()
                .orElse(signatories.isEmpty() ? null : signatories.get(0));
        for (XmlNode signatory : signatories) {
            GoamlRules.ACCOUNT_PERSON.check(signatory);
            boolean holds = holder == null && signatory == primary;
            String key = person(
                    signatory.child("t_person").orElseThrow(),
                    holds ? SubjectRole.ACCOUNT_HOLDER : SubjectRole.SIGNATORY,
                    myClient,
                    signatory.text("role").orElse(null));
            holder = holds ? key : holder;
        }
        // goAML has no mobile-money flag; wallets are held by non-bank institutions (payment or e-money issuers).
        AccountKind kind =
                node.text("non_bank_institution").filter(GoamlParser::isTrue).isPresent()
                        ? AccountKind.MOBILE_MONEY
                        : AccountKind.BANK;
        String key = "acc:" + institution + "|" + number;
        accounts.putIfAbsent(key, new ReportCommand.Account(key, kind, institution, number, currency, holder));
        return key;
    }

    /** The items of a {@code goods_services}; values without a currency are in the report's local currency. */
    private void goods(XmlNode items, String transactionNumber) {
        GoamlRules.GOODS_SERVICES.check(items);
        for (XmlNode item : items.children("item")) {
            GoamlRules.ITEM.check(item);
            BigDecimal estimated =
                    item.valued("estimated_value").map(GoamlParser::amount).orElse(null);
            BigDecimal disposed =
                    item.valued("disposed_value").map(GoamlParser::amount).orElse(null);
            String currency = item.valued("currency_code")
                    .map(this::currency)
                    .orElse(estimated == null && disposed == null ? null : localCurrency);
            goods.add(new ReportCommand.Goods(
                    item.required("item_type"),
                    item.text("item_make").orElse(null),
                    item.text("description").orElse(null),
                    estimated,
                    disposed,
                    currency,
                    item.valued("size").map(GoamlParser::amount).orElse(null),
                    item.text("size_uom").orElse(null),
                    item.text("status_code").orElse(null),
                    item.valued("registration_date").map(GoamlParser::date).orElse(null),
                    item.text("registration_number").orElse(null),
                    item.text("identification_number").orElse(null),
                    item.text("previously_registered_to").orElse(null),
                    item.text("presently_registered_to").orElse(null),
                    item.text("comments").orElse(null),
                    transactionNumber));
        }
    }

    /** The amount and currency of a side given in a foreign currency, else those of the transaction. */
    private Money foreign(Optional<XmlNode> foreignCurrency, Money local) {
        if (foreignCurrency.isEmpty()) {
            return local;
        }
        XmlNode foreign = foreignCurrency.get();
        GoamlRules.FOREIGN_CURRENCY.check(foreign);
        return new Money(
                amount(foreign.requiredChild("foreign_amount")),
                currency(foreign.requiredChild("foreign_currency_code")));
    }

    private static boolean isTrue(String value) {
        return value.equals("true") || value.equals("1");
    }

    private static BigDecimal amount(XmlNode value) {
        try {
            BigDecimal amount = new BigDecimal(value.text());
            if (amount.signum() < 0) {
                throw value.error("import.negative-amount");
            }
            return amount;
        } catch (NumberFormatException e) {
            throw value.error("import.bad-number");
        }
    }

    private String currency(XmlNode code) {
        if (!Currencies.isKnown(code.text())) {
            throw code.error("import.unknown-currency");
        }
        return code.text();
    }

    private static String country(XmlNode code) {
        String country = code.text().toUpperCase(Locale.ROOT);
        if (!country.matches("^[A-Z]{2}$")) {
            throw code.error("import.goaml.country");
        }
        return country;
    }

    /** goAML dates are local date-times without zone; the reporting country's time is taken as UTC (West Africa). */
    private static Instant instant(XmlNode value) {
        String text = value.text();
        try {
            return text.length() > 19
                    ? OffsetDateTime.parse(text).toInstant()
                    : LocalDateTime.parse(text).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            throw value.error("import.bad-date");
        }
    }

    private static LocalDate date(XmlNode value) {
        String text = value.text();
        try {
            return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
        } catch (DateTimeParseException e) {
            throw value.error("import.bad-date");
        }
    }

    private record Money(BigDecimal amount, String currency) {}

    /** A subject or an account, by key. */
    private record Named(String subject, String account) {}

    /** The keys of a transaction's parties, filled as its sides or parties are read. */
    private static final class Parties {
        String from;
        String fromAccount;
        String to;
        String toAccount;
        final List<String> others = new ArrayList<>();
    }
}
