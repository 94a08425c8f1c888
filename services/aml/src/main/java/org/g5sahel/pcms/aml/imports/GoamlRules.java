package org.g5sahel.pcms.aml.imports;

import java.util.Arrays;
import java.util.List;

/**
 * What the goAML 5 reporting schema requires of the elements the registry keeps, written by the project from the
 * schema's structure (its {@code minOccurs} and {@code xs:choice}s): the mapping refuses a file only for what the
 * schema itself requires, never for an element the schema makes optional — {@code reason} is optional on the report
 * and required on each {@code report_party}. Elements the schema requires but the registry does not keep (the
 * reporting person's phone, an account's opening date …) are left to the full validation against the FIU's own copy
 * of the schema ({@code pcms.aml.goaml.schema-path}).
 *
 * <p>Each requirement names one element, or the alternatives of a choice joined by {@code |}: one of them must be
 * there, non-empty.
 */
public enum GoamlRules {
    REPORT(
            "rentity_id",
            "report_code",
            "entity_reference",
            "submission_date|report_date",
            "currency_code_local",
            "transaction|activity",
            "report_indicators"),
    REPORT_INDICATORS("indicator"),
    TRANSACTION(
            "transactionnumber",
            "transaction_description",
            "date_transaction",
            "transmode_code",
            "amount_local",
            "involved_parties|t_from_my_client|t_from",
            "involved_parties|t_to_my_client|t_to"),
    /** {@code t_from} and {@code t_from_my_client}. */
    FROM("from_funds_code", "from_account|from_person|from_entity"),
    /** {@code t_to} and {@code t_to_my_client}. */
    TO("to_funds_code", "to_account|to_person|to_entity"),
    INVOLVED_PARTIES("party"),
    /** {@code t_party}: a party to a multi-party transaction, with its role. */
    PARTY("role", "person|person_my_client|account|account_my_client|entity|entity_my_client"),
    ACTIVITY("report_parties"),
    REPORT_PARTIES("report_party"),
    /** {@code report_party_type}: its reason is required here, not on the report. */
    REPORT_PARTY("person|person_my_client|account|account_my_client|entity|entity_my_client", "reason"),
    GOODS_SERVICES("item"),
    /** {@code t_trans_item}. */
    ITEM("item_type"),
    FOREIGN_CURRENCY("foreign_currency_code", "foreign_amount"),
    /** {@code t_person}, {@code t_conductor} and {@code director_id} (an extension of {@code t_person}). */
    PERSON("first_name", "last_name"),
    /** {@code t_person_my_client} and {@code t_conductor_my_client}: the reporting entity knows its client. */
    PERSON_MY_CLIENT("first_name", "last_name", "birthdate", "id_number", "nationality1"),
    ENTITY("name"),
    /** {@code t_entity_my_client}: registration and its directors or related persons are known. */
    ENTITY_MY_CLIENT("name", "incorporation_number", "incorporation_country_code", "director_id|related_persons"),
    ENTITY_RELATED_PERSON("person", "role"),
    ACCOUNT("institution_code|swift", "account"),
    /** {@code t_account_my_client}: the institution, the kind of institution, the currency and who signs. */
    ACCOUNT_MY_CLIENT(
            "institution_name",
            "institution_code|swift",
            "non_bank_institution",
            "account",
            "currency_code",
            "signatory|related_persons"),
    /** {@code signatory} and {@code account_related_person}. */
    ACCOUNT_PERSON("t_person");

    private final List<List<String>> required;

    GoamlRules(String... required) {
        this.required = Arrays.stream(required)
                .map(group -> List.of(group.split("\\|")))
                .toList();
    }

    /** A person's rules, by whether the reporting entity holds the person as its own client. */
    static GoamlRules person(boolean myClient) {
        return myClient ? PERSON_MY_CLIENT : PERSON;
    }

    static GoamlRules entity(boolean myClient) {
        return myClient ? ENTITY_MY_CLIENT : ENTITY;
    }

    static GoamlRules account(boolean myClient) {
        return myClient ? ACCOUNT_MY_CLIENT : ACCOUNT;
    }

    /** The elements required, each a list of alternatives (one alternative when the schema has no choice there). */
    public List<List<String>> required() {
        return required;
    }

    /**
     * Refuses the node if one of its required elements is absent or empty, naming where it should be (the node's
     * path and line) and which element, or which alternatives, is missing.
     */
    void check(XmlNode node) {
        for (List<String> alternatives : required) {
            if (alternatives.stream().noneMatch(node::has)) {
                throw new ImportException(
                        node.path() + "/" + String.join("|", alternatives), node.line(), "import.goaml.required");
            }
        }
    }
}
