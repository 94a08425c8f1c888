package org.g5sahel.pcms.aml.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.g5sahel.pcms.aml.model.EntryContent;
import org.g5sahel.pcms.aml.model.EntryKind;
import org.junit.jupiter.api.Test;

/** The OFAC classic XML, on published excerpts of the SDN list (2018) and of the non-SDN list (2026). */
class OfacListParserTest {

    @Test
    void theSdnExcerptKeepsAliasesDocumentsBirthAndAddresses() {
        ParsedList list = OfacListParser.parse(Fixtures.excerpt("ofac-sdn-2018-12-19-excerpt.xml"));

        assertThat(list.generatedAt()).isEqualTo(Instant.parse("2018-12-19T00:00:00Z"));
        assertThat(list.entries()).extracting(ParsedEntry::referenceNumber).containsExactly("36", "26235");
        ParsedEntry airline = Fixtures.entry(list, "36");
        assertThat(airline.kind()).isEqualTo(EntryKind.ENTITY);
        assertThat(airline.primaryName()).isEqualTo("AEROCARIBBEAN AIRLINES");
        assertThat(airline.content().regime()).isEqualTo("CUBA");
        assertThat(airline.content().names())
                .containsExactly(
                        new EntryContent.Name("AEROCARIBBEAN AIRLINES", "PRIMARY"),
                        new EntryContent.Name("AERO-CARIBBEAN", "GOOD"));
        assertThat(airline.content().addresses()).containsExactly(new EntryContent.Address("Havana", "Cuba"));

        ParsedEntry person = Fixtures.entry(list, "26235");
        assertThat(person.kind()).isEqualTo(EntryKind.INDIVIDUAL);
        assertThat(person.primaryName()).isEqualTo("Alexander Aleksandrovich MALKEVICH");
        assertThat(person.content().regime()).isEqualTo("CYBER2");
        assertThat(person.content().birthDates())
                .extracting(EntryContent.BirthDate::date)
                .containsExactly("1975-06-14");
        assertThat(person.content().placesOfBirth()).containsExactly("Leningrad, Russia");
        // Gender is an idList item in OFAC files: kept as the gender, never compared as a document.
        assertThat(person.content().gender()).isEqualTo("Male");
        assertThat(person.content().documents())
                .containsExactly(
                        new EntryContent.Document("Passport", "717637093", "Russia"),
                        new EntryContent.Document("National ID No.", "781005202108", null));
        assertThat(person.content().addresses()).containsExactly(new EntryContent.Address("St. Petersburg", "Russia"));
    }

    @Test
    void theNonSdnExcerptKeepsProgrammesWeakAliasesNationalityAndYears() {
        ParsedList list = OfacListParser.parse(Fixtures.excerpt("ofac-nonsdn-2026-01-08-excerpt.xml"));

        assertThat(list.generatedAt()).isEqualTo(Instant.parse("2026-01-08T00:00:00Z"));
        assertThat(list.entries()).hasSize(4).allMatch(entry -> entry.kind() == EntryKind.INDIVIDUAL);
        ParsedEntry zahhar = Fixtures.entry(list, "9647");
        assertThat(zahhar.primaryName()).isEqualTo("Mahmoud Khaled ZAHHAR");
        assertThat(zahhar.content().regime()).isEqualTo("NS-PLC; SDGT");
        assertThat(zahhar.content().names())
                .extracting(EntryContent.Name::value, EntryContent.Name::quality)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Mahmoud Khaled ZAHHAR", "PRIMARY"),
                        org.assertj.core.groups.Tuple.tuple("Mahmoud Khaled AL ZAHAR", "GOOD"),
                        org.assertj.core.groups.Tuple.tuple("ZAHAR, Mahmoud", "LOW"),
                        org.assertj.core.groups.Tuple.tuple("AL-ZAHAR, Mahmoud", "LOW"));
        assertThat(zahhar.content().nationalities()).containsExactly("Palestinian");
        assertThat(zahhar.content().birthDates())
                .extracting(EntryContent.BirthDate::year)
                .containsExactly(1945);
        assertThat(zahhar.content().placesOfBirth()).containsExactly("Gaza Strip");
        // "Secondary sanctions risk" is a note, not an identity document.
        assertThat(zahhar.content().documents()).isEmpty();
        assertThat(Fixtures.entry(list, "9641").content().addresses())
                .containsExactly(new EntryContent.Address("Gaza", "Palestinian"));
    }

    @Test
    void otherDatesOfBirthAsOfacWritesThem() {
        ParsedList list = OfacListParser.parse(Fixtures.xml("""
                <sdnList><publshInformation><Publish_Date>03/02/2026</Publish_Date></publshInformation>
                <sdnEntry><uid>1</uid><lastName>A</lastName><sdnType>Individual</sdnType><dateOfBirthList>
                <dateOfBirthItem><dateOfBirth>circa 1955</dateOfBirth></dateOfBirthItem>
                <dateOfBirthItem><dateOfBirth>1960 to 1962</dateOfBirth></dateOfBirthItem>
                <dateOfBirthItem><dateOfBirth>Jun 1975</dateOfBirth></dateOfBirthItem>
                </dateOfBirthList></sdnEntry></sdnList>"""));

        assertThat(list.entries().get(0).content().birthDates())
                .containsExactly(
                        new EntryContent.BirthDate("APPROXIMATELY", null, 1955, null, null),
                        new EntryContent.BirthDate("BETWEEN", null, null, 1960, 1962),
                        new EntryContent.BirthDate("EXACT", null, 1975, null, null));
    }

    @Test
    void anotherRootADuplicatedUidOrAnUnreadableDateRejectTheFile() {
        assertThatThrownBy(() -> OfacListParser.parse(Fixtures.excerpt("eu-fsf-2018-12-21-excerpt.xml")))
                .isInstanceOfSatisfying(
                        ImportException.class, e -> assertThat(e.reasonKey()).isEqualTo("import.ofac.not-sdn-list"));
        assertThatThrownBy(() -> OfacListParser.parse(Fixtures.xml("""
                <sdnList><publshInformation><Publish_Date>03/02/2026</Publish_Date></publshInformation>
                <sdnEntry><uid>1</uid><lastName>A</lastName><sdnType>Entity</sdnType></sdnEntry>
                <sdnEntry><uid>1</uid><lastName>B</lastName><sdnType>Entity</sdnType></sdnEntry></sdnList>""")))
                .isInstanceOfSatisfying(ImportException.class, e -> {
                    assertThat(e.reasonKey()).isEqualTo("import.duplicate-reference");
                    assertThat(e.node()).isEqualTo("sdnList/sdnEntry[2]");
                });
        assertThatThrownBy(() -> OfacListParser.parse(Fixtures.xml("""
                <sdnList><publshInformation><Publish_Date>2026-03-02</Publish_Date></publshInformation></sdnList>""")))
                .isInstanceOfSatisfying(
                        ImportException.class, e -> assertThat(e.reasonKey()).isEqualTo("import.bad-date"));
    }
}
