package org.g5sahel.pcms.aml.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.g5sahel.pcms.aml.model.EntryContent;
import org.g5sahel.pcms.aml.model.EntryKind;
import org.junit.jupiter.api.Test;

/** The EU financial sanctions XML, on a published excerpt (file 118887 of 2018-12-21). */
class EuListParserTest {

    @Test
    void thePublishedExcerptKeepsNamesInEveryLanguageBirthAndDocuments() {
        ParsedList list = EuListParser.parse(Fixtures.excerpt("eu-fsf-2018-12-21-excerpt.xml"));

        assertThat(list.generatedAt()).isEqualTo(Instant.parse("2018-12-21T13:39:54.511Z"));
        ParsedEntry person = Fixtures.entry(list, "EU.36.64");
        assertThat(person.kind()).isEqualTo(EntryKind.INDIVIDUAL);
        assertThat(person.primaryName()).isEqualTo("Robert Gabriel Mugabe");
        assertThat(person.content().regime()).isEqualTo("ZWE");
        assertThat(person.content().gender()).isEqualTo("M");
        assertThat(person.content().birthDates())
                .extracting(EntryContent.BirthDate::date)
                .containsExactly("1924-02-21");
        // The place of birth is blank and the country UNKNOWN: nothing is kept rather than "UNKNOWN".
        assertThat(person.content().placesOfBirth()).isEmpty();
        assertThat(person.content().documents())
                .containsExactly(new EntryContent.Document("National passport", "AD001095", null));

        ParsedEntry front = Fixtures.entry(list, "EU.3523.13");
        assertThat(front.kind()).isEqualTo(EntryKind.ENTITY);
        assertThat(front.primaryName()).isEqualTo("İslami Büyük Doğu Akıncılar Cephesi");
        assertThat(front.content().regime()).isEqualTo("TERR");
        assertThat(front.content().names())
                .extracting(EntryContent.Name::value)
                .contains(
                        "Great Islamic Eastern Warriors Front", "Фронт на великите ислямски източни воини",
                        "Front islamique des combattants du Grand Orient", "IBDA-C");
        assertThat(front.content().names())
                .extracting(EntryContent.Name::quality)
                .containsOnly("PRIMARY", "GOOD");
    }

    @Test
    void citizenshipAddressesWeakAliasesCircaAndDesignationDate() {
        ParsedList list = EuListParser.parse(Fixtures.xml("""
                <export xmlns="http://eu.europa.ec/fpi/fsd/export" generationDate="2026-03-02T10:00:00.000+01:00">
                <sanctionEntity euReferenceNumber="EU.1.2" designationDate="2021-05-03" logicalId="9">
                <regulation programme="MLI"/><subjectType code="person" classificationCode="P"/>
                <nameAlias wholeName="Ba Sidi" strong="true"/><nameAlias wholeName="Sidi" strong="false"/>
                <citizenship countryIso2Code="ML" countryDescription="MALI"/>
                <birthdate circa="true" year="1970" city="Gao" countryDescription="MALI"/>
                <address street="Rue 12" city="Bamako" countryDescription="MALI"/>
                </sanctionEntity></export>"""));

        ParsedEntry entry = list.entries().get(0);
        assertThat(entry.listedOn()).isEqualTo(LocalDate.of(2021, 5, 3));
        assertThat(entry.content().regime()).isEqualTo("MLI");
        assertThat(entry.content().names())
                .containsExactly(new EntryContent.Name("Ba Sidi", "PRIMARY"), new EntryContent.Name("Sidi", "LOW"));
        assertThat(entry.content().nationalities()).containsExactly("ML");
        assertThat(entry.content().birthDates())
                .containsExactly(new EntryContent.BirthDate("APPROXIMATELY", null, 1970, null, null));
        assertThat(entry.content().placesOfBirth()).containsExactly("Gao, MALI");
        assertThat(entry.content().addresses()).containsExactly(new EntryContent.Address("Rue 12, Bamako", "MALI"));
    }

    @Test
    void anEntityWithoutReferenceOrAFileOfAnotherListIsRejected() {
        assertThatThrownBy(() -> EuListParser.parse(Fixtures.xml("""
                <export generationDate="2026-03-02T10:00:00+01:00"><sanctionEntity logicalId="1">
                <subjectType classificationCode="E"/><nameAlias wholeName="X"/></sanctionEntity></export>""")))
                .isInstanceOfSatisfying(ImportException.class, e -> {
                    assertThat(e.reasonKey()).isEqualTo("import.missing");
                    assertThat(e.node()).isEqualTo("export/sanctionEntity/@euReferenceNumber");
                });
        assertThatThrownBy(() -> EuListParser.parse(Fixtures.excerpt("ca-sema-excerpt.xml")))
                .isInstanceOfSatisfying(
                        ImportException.class, e -> assertThat(e.reasonKey()).isEqualTo("import.eu.not-export"));
    }
}
