package org.g5sahel.pcms.aml.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/** Full validation against an FIU's own goAML schema, when the operator points the service at it. */
class GoamlSchemaTest {

    /** The goAML 5.0.2 schema of the shared reference data, present beside some checkouts only. */
    @ParameterizedTest
    @FieldSource("org.g5sahel.pcms.aml.imports.GoamlFixtures#SCHEMA_VALID")
    void theProjectsFilesFollowThePublishedGoamlSchema(String fixture) {
        assumeTrue(Files.isRegularFile(GoamlFixtures.SHARED_SCHEMA), "no goAML reference schema in this checkout");
        GoamlSchema schema = GoamlSchema.load(GoamlFixtures.SHARED_SCHEMA);
        assertThatCode(() -> GoamlParser.parse(GoamlFixtures.bytes(fixture), schema))
                .doesNotThrowAnyException();
    }

    @Test
    void thePublishedSchemaRefusesWhatItsCodeListsDoNotHave() {
        assumeTrue(Files.isRegularFile(GoamlFixtures.SHARED_SCHEMA), "no goAML reference schema in this checkout");
        GoamlSchema schema = GoamlSchema.load(GoamlFixtures.SHARED_SCHEMA);
        assertThatThrownBy(() -> schema.validate(GoamlFixtures.bytes("str-mobile-money.xml")))
                .isInstanceOfSatisfying(ImportException.class, e -> {
                    assertThat(e.node()).isEqualTo("report/rentity_id");
                    assertThat(e.line()).isEqualTo(4);
                    assertThat(e.reasonKey()).isEqualTo("import.goaml.schema-invalid");
                });
    }

    @Test
    void anFiuSchemaIsAppliedToPrefixedAndDefaultFilesAlike() {
        GoamlSchema schema = GoamlSchema.load(ownSchema());
        assertThatCode(() -> schema.validate(GoamlFixtures.bytes("dpmsr-gold.xml")))
                .doesNotThrowAnyException();
        assertThatCode(() -> schema.validate(GoamlFixtures.bytes("prefixed-namespace.xml")))
                .doesNotThrowAnyException();
    }

    @Test
    void whatTheFiuSchemaRefusesIsNamedWithTheElementItsLineAndTheValidatorsWords() {
        GoamlSchema schema = GoamlSchema.load(ownSchema());
        assertThatThrownBy(() -> GoamlParser.parse(GoamlFixtures.bytes("aif.xml"), schema))
                .isInstanceOfSatisfying(ImportException.class, e -> {
                    assertThat(e.node()).isEqualTo("report/report_code");
                    assertThat(e.line()).isEqualTo(6);
                    assertThat(e.reasonKey()).isEqualTo("import.goaml.schema-invalid");
                    assertThat(e.getMessage()).contains("AIF");
                });
        assertThatThrownBy(() -> schema.validate(GoamlFixtures.edited(
                        "prefixed-namespace.xml",
                        "<g:rentity_id>2230</g:rentity_id>",
                        "<g:rentity_id>BOA</g:rentity_id>")))
                .isInstanceOfSatisfying(ImportException.class, e -> {
                    assertThat(e.node()).isEqualTo("report/rentity_id");
                    assertThat(e.line()).isEqualTo(3);
                });
    }

    @Test
    void aSchemaThatCannotBeReadStopsTheServiceRatherThanLettingFilesThrough() {
        assertThatThrownBy(() -> GoamlSchema.load(Path.of("does-not-exist.xsd")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("does-not-exist.xsd");
    }

    private static Path ownSchema() {
        try {
            return Path.of(GoamlSchemaTest.class
                    .getResource("/goaml/schema/fiu-subset.xsd")
                    .toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
