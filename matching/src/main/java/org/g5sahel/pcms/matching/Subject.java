package org.g5sahel.pcms.matching;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Who is screened or listed: the names (a primary name and its aliases, any script), and the second signals a name
 * alone lacks — date of birth, nationalities (ISO 3166 alpha-2), document numbers.
 *
 * @param organisation true for an organisation, false for a person, null to decide from each name's words
 */
public record Subject(
        List<String> names,
        BirthDate birthDate,
        Set<String> nationalities,
        Set<String> documents,
        Boolean organisation) {

    public Subject {
        names = names == null
                ? List.of()
                : names.stream().filter(n -> n != null && !n.isBlank()).toList();
        nationalities = nationalities == null
                ? Set.of()
                : nationalities.stream()
                        .filter(n -> n != null && !n.isBlank())
                        .map(n -> n.strip().toUpperCase(Locale.ROOT))
                        .collect(Collectors.toUnmodifiableSet());
        documents = documents == null
                ? Set.of()
                : documents.stream()
                        .map(Subject::normaliseDocument)
                        .filter(d -> !d.isEmpty())
                        .collect(Collectors.toUnmodifiableSet());
    }

    public static Subject person(String name, BirthDate birthDate) {
        return new Subject(List.of(name), birthDate, Set.of(), Set.of(), false);
    }

    public static Subject organisation(String name) {
        return new Subject(List.of(name), null, Set.of(), Set.of(), true);
    }

    public static Subject named(String name) {
        return new Subject(List.of(name), null, Set.of(), Set.of(), null);
    }

    /** Letters and digits only, upper case, look-alike letters read as Latin: {@code ab-123 456} is {@code AB123456}. */
    static String normaliseDocument(String document) {
        if (document == null) {
            return "";
        }
        return NameText.identifier(document);
    }
}
