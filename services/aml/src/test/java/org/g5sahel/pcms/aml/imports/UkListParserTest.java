package org.g5sahel.pcms.aml.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.g5sahel.pcms.aml.model.EntryContent;
import org.g5sahel.pcms.aml.model.EntryKind;
import org.junit.jupiter.api.Test;

/** The FCDO UK Sanctions List XML, on a published excerpt (list generated 26/03/2026). */
class UkListParserTest {

    private final ParsedList list = UkListParser.parse(Fixtures.excerpt("uk-sanctions-list-2026-03-26-excerpt.xml"));

    @Test
    void anEntityKeepsAliasesOriginalScriptRegimeAndAddresses() {
        assertThat(list.generatedAt()).isEqualTo(Instant.parse("2026-03-26T00:00:00Z"));
        assertThat(list.entries())
                .extracting(ParsedEntry::referenceNumber)
                .containsExactly("AFG0001", "AFG0009", "AFG0011");
        ParsedEntry exchange = Fixtures.entry(list, "AFG0001");
        assertThat(exchange.kind()).isEqualTo(EntryKind.ENTITY);
        assertThat(exchange.listedOn()).isEqualTo(LocalDate.of(2012, 6, 29));
        assertThat(exchange.content().regime()).isEqualTo("The Afghanistan (Sanctions) (EU Exit) Regulations 2020");
        assertThat(exchange.content().names())
                .containsExactly(
                        new EntryContent.Name("HAJI KHAIRULLAH HAJI SATTAR MONEY EXCHANGE", "PRIMARY"),
                        new EntryContent.Name("Haji Alim Hawala", "GOOD"),
                        new EntryContent.Name("Haji Khairullah Money Exchange", "GOOD"),
                        new EntryContent.Name("حاجی خيرالله و حاجی ستار صرافی", "ORIGINAL_SCRIPT"));
        assertThat(exchange.content().addresses())
                .containsExactly(
                        new EntryContent.Address(
                                "Branch Office 7, Shop numbers 21 and 22, 2nd Floor, Kandahar City Sarafi "
                                        + "Market, Kandahar City, Kandahar Province",
                                "Afghanistan"),
                        new EntryContent.Address("Wazir Mohammad Road, Quetta, Baluchistan Province", "Pakistan"));
    }

    @Test
    void individualsKeepDatesAndPlacesOfBirthNationalityPassportsAndAliasStrength() {
        ParsedEntry anwari = Fixtures.entry(list, "AFG0009");
        assertThat(anwari.kind()).isEqualTo(EntryKind.INDIVIDUAL);
        assertThat(anwari.primaryName()).isEqualTo("Muhammad Taher Anwari");
        assertThat(anwari.content().names())
                .contains(
                        new EntryContent.Name("Mudir", "LOW"), new EntryContent.Name("Mohammad Taher Anwari", "GOOD"));
        // dd/mm/1961: the year only.
        assertThat(anwari.content().birthDates())
                .containsExactly(new EntryContent.BirthDate("EXACT", null, 1961, null, null));
        assertThat(anwari.content().placesOfBirth()).containsExactly("Zurmat District, Paktia Province, Afghanistan");

        ParsedEntry mansur = Fixtures.entry(list, "AFG0011");
        assertThat(mansur.primaryName()).isEqualTo("ABDUL LATIF MANSUR");
        // The same date given twice is kept once.
        assertThat(mansur.content().birthDates())
                .containsExactly(
                        new EntryContent.BirthDate("EXACT", null, 1968, null, null),
                        new EntryContent.BirthDate("EXACT", "1967-11-12", null, null, null));
        assertThat(mansur.content().nationalities()).containsExactly("Afghanistan");
        assertThat(mansur.content().documents())
                .containsExactly(
                        new EntryContent.Document("Passport", "D0009720", null),
                        new EntryContent.Document("Passport", "D0010442", null));
        assertThat(mansur.content().placesOfBirth())
                .containsExactly(
                        "Zurmat District, Paktia Province, Afghanistan",
                        "Garda Saray District, Paktia Province, Afghanistan",
                        "Afghanistan");
        assertThat(mansur.content().addresses())
                .containsExactly(new EntryContent.Address("Darul Aman, Kabul", "Afghanistan"));
    }

    @Test
    void aDesignationWithoutUniqueIdRejectsTheFile() {
        assertThatThrownBy(() -> UkListParser.parse(Fixtures.xml("""
                <Designations><DateGenerated>26/03/2026</DateGenerated><Designation>
                <Names><Name><Name6>X</Name6><NameType>Primary Name</NameType></Name></Names>
                <IndividualEntityShip>Entity</IndividualEntityShip></Designation></Designations>""")))
                .isInstanceOfSatisfying(ImportException.class, e -> {
                    assertThat(e.reasonKey()).isEqualTo("import.missing");
                    assertThat(e.node()).isEqualTo("Designations/Designation/UniqueID");
                });
    }
}
