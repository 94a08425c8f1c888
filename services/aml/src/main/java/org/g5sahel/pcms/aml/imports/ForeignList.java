package org.g5sahel.pcms.aml.imports;

import java.io.InputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The lists published by foreign authorities that the platform imports in their own formats, by the code they have
 * here (not tied to a member State). Held by the regional unit, like the UN list.
 */
public enum ForeignList {
    US_OFAC_SDN(
            "US-OFAC-SDN",
            "OFAC – Specially Designated Nationals and Blocked Persons List (SDN)",
            OfacListParser::parse),
    US_OFAC_NONSDN("US-OFAC-NONSDN", "OFAC – Consolidated Sanctions List (non-SDN)", OfacListParser::parse),
    EU_FSF(
            "EU-FSF",
            "EU – Consolidated list of persons, groups and entities subject to financial sanctions",
            EuListParser::parse),
    UK_SANCTIONS("UK-SANCTIONS", "UK Sanctions List (FCDO)", UkListParser::parse),
    CA_SEMA("CA-SEMA", "Canada – Consolidated Canadian Autonomous Sanctions List (SEMA)", CanadaSemaListParser::parse);

    private final String code;
    private final String listName;
    private final Function<InputStream, ParsedList> parser;

    ForeignList(String code, String listName, Function<InputStream, ParsedList> parser) {
        this.code = code;
        this.listName = listName;
        this.parser = parser;
    }

    public String code() {
        return code;
    }

    public String listName() {
        return listName;
    }

    /** The whole file, read and checked, or an {@link ImportException} naming the node at fault. */
    public ParsedList parse(InputStream input) {
        return parser.apply(input);
    }

    public static List<String> codes() {
        return Arrays.stream(values()).map(ForeignList::code).toList();
    }

    public static Optional<ForeignList> byCode(String code) {
        return Arrays.stream(values())
                .filter(list -> list.code.equalsIgnoreCase(code))
                .findFirst();
    }
}
