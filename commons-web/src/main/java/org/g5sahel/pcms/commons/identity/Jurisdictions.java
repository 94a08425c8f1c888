package org.g5sahel.pcms.commons.identity;

import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The jurisdictions a caller or a record can belong to: the member States, the regional unit and the partners.
 * <p>
 * The member States are configuration, {@value #MEMBER_STATES_KEY} (the five of the G5 Sahel in commons'
 * {@code META-INF/microprofile-config.properties}), so that the platform serves a differently composed group without
 * a code change. They are read here rather than injected because the sovereignty rules that need them run in value
 * objects and entities ({@code Sovereignty}, {@code CallerClaims}), outside CDI.
 */
public final class Jurisdictions {

    /** The configuration key of the member States: ISO 3166-1 alpha-2 codes, comma-separated. */
    public static final String MEMBER_STATES_KEY = "pcms.member-states";

    /** The regional coordination unit (Nouakchott). */
    public static final String REGIONAL_UNIT = "G5";

    /** Partner organisations connected to the platform. */
    public static final Set<String> PARTNERS = Set.of("INTERPOL", "UNODC", "UNOWAS");

    /** The member States of the configuration last read, with that configuration: read again when it changes. */
    private static volatile Membership membership;

    private record Membership(Config config, SortedSet<String> states) {}

    private Jurisdictions() {}

    /** The member States, by ISO 3166-1 alpha-2 code, in alphabetical order. */
    public static SortedSet<String> memberStates() {
        // The configuration of the running application (a test profile restarts it with another one).
        Config config = ConfigProvider.getConfig();
        Membership current = membership;
        if (current == null || current.config() != config) {
            current = new Membership(config, read(config));
            membership = current;
        }
        return current.states();
    }

    private static SortedSet<String> read(Config config) {
        List<String> codes = config.getValues(MEMBER_STATES_KEY, String.class).stream()
                .map(String::strip)
                .toList();
        for (String code : codes) {
            if (!code.matches("[A-Z]{2}")) {
                throw new IllegalStateException(MEMBER_STATES_KEY + " lists '" + code
                        + "': member States are ISO 3166-1 alpha-2 codes (BF, ML...)");
            }
        }
        return Collections.unmodifiableSortedSet(new TreeSet<>(codes));
    }

    /** Whether {@code code} is a member State. */
    public static boolean isMemberState(String code) {
        return memberStates().contains(code);
    }

    /** Whether {@code code} may own records: a member State or the regional unit. */
    public static boolean isOwner(String code) {
        return isMemberState(code) || REGIONAL_UNIT.equals(code);
    }

    public static boolean isPartner(String code) {
        return PARTNERS.contains(code);
    }

    public static boolean isKnown(String code) {
        return isOwner(code) || isPartner(code);
    }
}
