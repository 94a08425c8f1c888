package org.g5sahel.pcms.aml.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.g5sahel.pcms.aml.model.EntryContent;
import org.g5sahel.pcms.aml.model.EntryKind;
import org.junit.jupiter.api.Test;

/** Canada's SEMA list XML, on a published excerpt (element names before 2023) and on the names used since. */
class CanadaSemaListParserTest {

    @Test
    void thePublishedExcerptKeepsAliasesAndDatesOfBirth() {
        ParsedList list = CanadaSemaListParser.parse(Fixtures.excerpt("ca-sema-excerpt.xml"));

        assertThat(list.generatedAt()).isNull();
        assertThat(list.entries())
                .extracting(ParsedEntry::referenceNumber)
                .containsExactly("Burma:1:1", "Burma:1:8", "Burma:2:1", "Burma:2:4", "Burma:2:13");
        ParsedEntry airline = Fixtures.entry(list, "Burma:1:1");
        assertThat(airline.kind()).isEqualTo(EntryKind.ENTITY);
        assertThat(airline.content().regime()).isEqualTo("Burma / Birmanie");
        assertThat(airline.content().names())
                .containsExactly(
                        new EntryContent.Name("Air Bagan", "PRIMARY"),
                        new EntryContent.Name("Air Bagan Holdings Pte. Ltd.", "GOOD"),
                        new EntryContent.Name("Air Bagan Limited", "GOOD"));
        ParsedEntry mann = Fixtures.entry(list, "Burma:2:4");
        assertThat(mann.kind()).isEqualTo(EntryKind.INDIVIDUAL);
        assertThat(mann.primaryName()).isEqualTo("Aung Thet Mann");
        assertThat(mann.content().names()).contains(new EntryContent.Name("Shwe Mann Ko Ko", "GOOD"));
        assertThat(mann.content().birthDates())
                .extracting(EntryContent.BirthDate::date)
                .containsExactly("1977-06-19");
        assertThat(Fixtures.entry(list, "Burma:2:13").content().birthDates())
                .extracting(EntryContent.BirthDate::year)
                .containsExactly(1955);
    }

    @Test
    void theCurrentElementNamesShipsAndDateOfListing() {
        ParsedList list = CanadaSemaListParser.parse(Fixtures.xml("""
                <data-set><record><Country>Russia / Russie</Country><EntityOrShip>Sea Star</EntityOrShip>
                <ShipIMONumber>9123456</ShipIMONumber><Schedule>1, Part 3</Schedule><Item>7</Item>
                <DateOfListing>2024-02-23</DateOfListing></record>
                <record><Country>Belarus / Bélarus</Country><LastName>Atabekov</LastName>
                <GivenName>Khazalbek Bakhtibekovich</GivenName><DateOfBirthOrShipBuildDate>1965-04-29</DateOfBirthOrShipBuildDate>
                <Schedule>1, Part 1</Schedule><Item>1</Item><DateOfListing>2020-09-28</DateOfListing></record></data-set>"""));

        ParsedEntry ship = Fixtures.entry(list, "Russia:1, Part 3:7");
        assertThat(ship.kind()).isEqualTo(EntryKind.ENTITY);
        assertThat(ship.listedOn()).isEqualTo(LocalDate.of(2024, 2, 23));
        assertThat(ship.content().documents()).containsExactly(new EntryContent.Document("IMO", "9123456", null));
        ParsedEntry person = Fixtures.entry(list, "Belarus:1, Part 1:1");
        assertThat(person.primaryName()).isEqualTo("Khazalbek Bakhtibekovich Atabekov");
        assertThat(person.content().birthDates())
                .extracting(EntryContent.BirthDate::date)
                .containsExactly("1965-04-29");
    }

    @Test
    void aRecordWithoutItemOrNameRejectsTheFile() {
        assertThatThrownBy(() -> CanadaSemaListParser.parse(Fixtures.xml("""
                <data-set><record><Country>Burma</Country><Entity>X</Entity><Schedule>1</Schedule></record></data-set>""")))
                .isInstanceOfSatisfying(
                        ImportException.class, e -> assertThat(e.node()).isEqualTo("data-set/record/Item"));
        assertThatThrownBy(() -> CanadaSemaListParser.parse(Fixtures.xml("""
                <data-set><record><Country>Burma</Country><Schedule>1</Schedule><Item>2</Item></record></data-set>""")))
                .isInstanceOfSatisfying(
                        ImportException.class, e -> assertThat(e.node()).isEqualTo("data-set/record/EntityOrShip"));
    }
}
