package org.g5sahel.pcms.aml.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.g5sahel.pcms.aml.model.AccountKind;
import org.g5sahel.pcms.aml.model.Channel;
import org.g5sahel.pcms.aml.model.ReportKind;
import org.g5sahel.pcms.aml.model.SubjectKind;
import org.g5sahel.pcms.aml.model.SubjectRole;
import org.g5sahel.pcms.aml.service.ReportCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** goAML files of every report family into reports; what the schema requires and what it does not; errors. */
class GoamlParserTest {

    @ParameterizedTest
    @EnumSource(ReportKind.class)
    void everyReportCodeOfTheSchemaIsAccepted(ReportKind kind) {
        ReportCommand report = GoamlParser.parse(GoamlFixtures.edited(
                "reason-in-party.xml", "<report_code>SAR</report_code>", "<report_code>" + kind + "</report_code>"));
        assertThat(report.kind()).isEqualTo(kind);
    }

    @Test
    void anUnknownReportCodeIsNamedWithItsOwnLine() {
        assertRefused(
                GoamlFixtures.edited(
                        "reason-in-party.xml", "<report_code>SAR</report_code>", "<report_code>XYZ</report_code>"),
                "report/report_code",
                5,
                "import.goaml.report-code");
    }

    @Test
    void theReasonMayBeGivenForEachReportedPartyOnly() {
        ReportCommand report = GoamlParser.parse(GoamlFixtures.bytes("reason-in-party.xml"));
        assertThat(report.reason()).isNull();
        assertThat(report.reportingEntity()).isEqualTo("2207");
        assertThat(report.subjects())
                .extracting(ReportCommand.Subject::fullName, ReportCommand.Subject::role, ReportCommand.Subject::reason)
                .containsExactly(
                        tuple(
                                "Abdoulaye Maiga",
                                SubjectRole.REPORTED_PARTY,
                                "Dépôts fractionnés répétés sans activité déclarée"),
                        tuple(
                                "Agadez Transit Services",
                                SubjectRole.REPORTED_PARTY,
                                "Bénéficiaire des fonds, sans lien commercial apparent"));
        assertThat(report.transactions()).isEmpty();
    }

    @Test
    void aReportPartyWithoutItsReasonIsRefusedBecauseTheSchemaRequiresItThere() {
        assertRefused(
                GoamlFixtures.edited(
                        "reason-in-party.xml",
                        "<reason>Bénéficiaire des fonds, sans lien commercial apparent</reason>",
                        ""),
                "report/activity/report_parties/report_party[2]/reason",
                23,
                "import.goaml.required");
    }

    @Test
    void aDealersReportKeepsItsGoodsAndTheDirectorsOfTheSellingEntity() {
        ReportCommand report = GoamlParser.parse(GoamlFixtures.bytes("dpmsr-gold.xml"));
        assertThat(report.kind()).isEqualTo(ReportKind.DPMSR);
        Map<String, ReportCommand.Subject> subjects = byName(report);
        assertThat(subjects.get("Iyad Ag Ghaly"))
                .extracting(ReportCommand.Subject::role, ReportCommand.Subject::roleCode)
                .containsExactly(SubjectRole.DIRECTOR, "DIR");
        assertThat(subjects.get("Aminata Coulibaly"))
                .extracting(
                        ReportCommand.Subject::role, ReportCommand.Subject::roleCode, ReportCommand.Subject::idNumber)
                .containsExactly(SubjectRole.DIRECTOR, "SHRHL", "ML-NINA-1986021703");
        assertThat(subjects.get("Comptoir Sahel Or SARL"))
                .extracting(ReportCommand.Subject::kind, ReportCommand.Subject::role, ReportCommand.Subject::idNumber)
                .containsExactly(SubjectKind.ENTITY, SubjectRole.BENEFICIARY, "RCCM-KAY-2021-B-318");
        ReportCommand.Transaction sale = report.transactions().get(0);
        assertThat(sale.channel()).isEqualTo(Channel.CASH);
        assertThat(sale.amount()).isEqualByComparingTo("52750000");
        assertThat(report.goods())
                .extracting(
                        ReportCommand.Goods::itemType,
                        ReportCommand.Goods::size,
                        ReportCommand.Goods::sizeUnit,
                        ReportCommand.Goods::estimatedValue,
                        ReportCommand.Goods::currency,
                        ReportCommand.Goods::transactionNumber)
                .containsExactly(
                        tuple(
                                "GOLD",
                                new BigDecimal("1250"),
                                "g",
                                new BigDecimal("41500000.00"),
                                "XOF",
                                "CSO-V-2026-0412"),
                        tuple(
                                "DIMND",
                                new BigDecimal("12"),
                                "ct",
                                new BigDecimal("11250000"),
                                "XOF",
                                "CSO-V-2026-0412"));
        assertThat(report.goods().get(0))
                .extracting(
                        ReportCommand.Goods::statusCode,
                        ReportCommand.Goods::disposedValue,
                        ReportCommand.Goods::identificationNumber)
                .containsExactly("SOLD", new BigDecimal("41250000.00"), "KNB-LOT-0412");
    }

    @Test
    void aTransactionBasedAdditionalFileKeepsConductorDirectorsAndEveryInvolvedParty() {
        ReportCommand report = GoamlParser.parse(GoamlFixtures.bytes("aift.xml"));
        Map<String, ReportCommand.Subject> subjects = byName(report);
        assertThat(subjects.get("Issoufou Garba").role()).isEqualTo(SubjectRole.CONDUCTOR);
        assertThat(subjects.get("Ibrahim Moussa Hama"))
                .extracting(ReportCommand.Subject::role, ReportCommand.Subject::roleCode)
                .containsExactly(SubjectRole.DIRECTOR, "MGR");
        assertThat(subjects.get("Tenere Logistique SARL").role()).isEqualTo(SubjectRole.ACCOUNT_HOLDER);
        assertThat(subjects.get("Karim Benali"))
                .extracting(ReportCommand.Subject::role, ReportCommand.Subject::roleCode)
                .containsExactly(SubjectRole.SENDER, "RMITR");
        assertThat(subjects.get("Mariama Souley"))
                .extracting(ReportCommand.Subject::role, ReportCommand.Subject::roleCode)
                .containsExactly(SubjectRole.TRANSACTION_PARTY, "WITN");

        ReportCommand.Transaction cash = report.transactions().get(0);
        assertThat(cash.fromAccount()).isEqualTo("acc:Bank of Africa Niger|NE0420100100123456789");
        assertThat(cash.otherSubjects())
                .containsExactly(subjects.get("Issoufou Garba").key());
        ReportCommand.Transaction transfer = report.transactions().get(1);
        assertThat(transfer.amount()).isEqualByComparingTo("5000.00");
        assertThat(transfer.currency()).isEqualTo("EUR");
        assertThat(transfer.channel()).isEqualTo(Channel.WIRE);
        assertThat(transfer.fromSubject())
                .isEqualTo(subjects.get("Karim Benali").key());
        assertThat(transfer.toAccount()).isEqualTo("acc:Bank of Africa Niger|NE0420100100987654321");
        assertThat(transfer.otherSubjects())
                .containsExactly(subjects.get("Mariama Souley").key());
    }

    @Test
    void anAdditionalFileWithoutTransactionsKeepsTheAccountWithItsHolderAndOtherSignatory() {
        ReportCommand report = GoamlParser.parse(GoamlFixtures.bytes("aif.xml"));
        assertThat(report.kind()).isEqualTo(ReportKind.AIF);
        Map<String, ReportCommand.Subject> subjects = byName(report);
        ReportCommand.Subject holder = subjects.get("Hamidou Sawadogo");
        assertThat(holder.idNumber()).isEqualTo("B0457812");
        assertThat(holder.reason()).isEqualTo("Titulaire du compte signalé dans la déclaration initiale");
        assertThat(subjects.get("Salif Ouedraogo"))
                .extracting(ReportCommand.Subject::role, ReportCommand.Subject::roleCode)
                .containsExactly(SubjectRole.SIGNATORY, "POA");
        assertThat(report.accounts())
                .singleElement()
                .extracting(
                        ReportCommand.Account::institution, ReportCommand.Account::kind, ReportCommand.Account::holder)
                .containsExactly("Coris Bank International", AccountKind.BANK, holder.key());
    }

    @Test
    void dueDiligenceAnswersKeepRelatedPersonsGoodsAndTheirOwnDateElement() {
        ReportCommand ecdd = GoamlParser.parse(GoamlFixtures.bytes("ecdd.xml"));
        assertThat(ecdd.kind()).isEqualTo(ReportKind.ECDD);
        assertThat(ecdd.submissionDate()).hasToString("2026-05-11T09:00:00Z");
        assertThat(byName(ecdd).get("Mahamat Abakar Idriss"))
                .extracting(ReportCommand.Subject::role, ReportCommand.Subject::roleCode)
                .containsExactly(SubjectRole.DIRECTOR, "UBO");
        assertThat(ecdd.goods())
                .singleElement()
                .extracting(
                        ReportCommand.Goods::itemType,
                        ReportCommand.Goods::registrationNumber,
                        ReportCommand.Goods::transactionNumber)
                .containsExactly("VHCLE", "TD-1234-A7", null);

        ReportCommand ecddt = GoamlParser.parse(GoamlFixtures.bytes("ecddt.xml"));
        assertThat(ecddt.kind()).isEqualTo(ReportKind.ECDDT);
        assertThat(byName(ecddt).get("Sidi Ould Ahmed"))
                .extracting(ReportCommand.Subject::role, ReportCommand.Subject::roleCode)
                .containsExactly(SubjectRole.ACCOUNT_HOLDER, "PAH");
        assertThat(byName(ecddt).get("Golden Dune Exchange LLC").role()).isEqualTo(SubjectRole.ACCOUNT_HOLDER);
        assertThat(ecddt.transactions())
                .singleElement()
                .extracting(ReportCommand.Transaction::channel)
                .isEqualTo(Channel.WIRE);
    }

    @Test
    void prefixedElementsAreReadLikeDefaultOnes() {
        ReportCommand prefixed = GoamlParser.parse(GoamlFixtures.bytes("prefixed-namespace.xml"));
        ReportCommand plain = GoamlParser.parse(unprefixed());
        assertThat(prefixed).usingRecursiveComparison().isEqualTo(plain);
        assertThat(prefixed.subjects())
                .extracting(ReportCommand.Subject::fullName)
                .containsExactly("Adama Kabore", "Amadou Koufa");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                // written | instead | path | line | reason
                "<amount_local>2400000</amount_local> | <amount_local>-5</amount_local> | report/transaction/amount_local | 17 | import.negative-amount",
                "<amount_local>2400000</amount_local> | <amount_local>2,4M</amount_local> | report/transaction/amount_local | 17 | import.bad-number",
                "<currency_code_local>XOF</currency_code_local> | <currency_code_local>XYZ</currency_code_local> | report/currency_code_local | 8 | import.unknown-currency",
                "<date_transaction>2026-04-29T11:00:00</date_transaction> | <date_transaction>29/04/2026</date_transaction> | report/transaction/date_transaction | 14 | import.bad-date",
                "<nationality1>ML</nationality1> | <nationality1>MLI</nationality1> | report/transaction/t_to/to_person/nationality1 | 33 | import.goaml.country",
                "<last_name>Koufa</last_name> | '' | report/transaction/t_to/to_person/last_name | 30 | import.goaml.required",
                "<transactionnumber>ECO-BF-889201</transactionnumber> | '' | report/transaction/transactionnumber | 10 | import.goaml.required",
                "<indicator>TFSUN</indicator> | '' | report/report_indicators | 2 | import.goaml.required"
            })
    void problemsNameTheElementAndItsOwnLine(String written, String instead, String path, int line, String reason) {
        assertRefused(
                text(unprefixed()).replace(written, instead).getBytes(StandardCharsets.UTF_8), path, line, reason);
    }

    @Test
    void aMissingChoiceNamesItsAlternatives() {
        assertRefused(
                GoamlFixtures.edited("ecdd.xml", "<report_date>2026-05-11T09:00:00</report_date>", ""),
                "report/submission_date|report_date",
                2,
                "import.goaml.required");
        byte[] withoutTarget =
                text(unprefixed()).replaceAll("(?s)<t_to>.*</t_to>", "").getBytes(StandardCharsets.UTF_8);
        assertRefused(
                withoutTarget, "report/transaction/involved_parties|t_to_my_client|t_to", 10, "import.goaml.required");
    }

    @Test
    void theRulesNeverRequireWhatTheSchemaMakesOptional() {
        assertThat(GoamlRules.REPORT.required()).noneMatch(group -> group.contains("reason"));
        assertThat(GoamlRules.REPORT_PARTY.required()).contains(List.of("reason"));
        assertThat(Arrays.stream(GoamlRules.values())
                        .flatMap(rule -> rule.required().stream())
                        .flatMap(List::stream))
                .doesNotContain("action", "rentity_branch", "middle_name", "description");
    }

    private static void assertRefused(byte[] file, String path, int line, String reason) {
        assertThatThrownBy(() -> GoamlParser.parse(file)).isInstanceOfSatisfying(ImportException.class, e -> {
            assertThat(e.node()).isEqualTo(path);
            assertThat(e.line()).isEqualTo(line);
            assertThat(e.reasonKey()).isEqualTo(reason);
        });
    }

    /** The prefixed file written without its namespace, line for line. */
    private static byte[] unprefixed() {
        return text(GoamlFixtures.bytes("prefixed-namespace.xml"))
                .replace("g:", "")
                .replace(" xmlns:g=\"http://www.unodc.org/goaml\"", "")
                .getBytes(StandardCharsets.UTF_8);
    }

    private static String text(byte[] file) {
        return new String(file, StandardCharsets.UTF_8);
    }

    private static Map<String, ReportCommand.Subject> byName(ReportCommand report) {
        return report.subjects().stream()
                .collect(Collectors.toMap(ReportCommand.Subject::fullName, Function.identity()));
    }
}
