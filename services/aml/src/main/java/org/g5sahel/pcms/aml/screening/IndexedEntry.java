package org.g5sahel.pcms.aml.screening;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.g5sahel.pcms.aml.model.EntryContent;
import org.g5sahel.pcms.aml.model.EntryKind;

/**
 * A sanctions entry prepared for screening: its names with the list's quality, its dates of birth as the list gives
 * them, nationalities as ISO codes, document numbers normalised.
 */
public record IndexedEntry(
        UUID id,
        ListRef list,
        String referenceNumber,
        EntryKind kind,
        String primaryName,
        String programme,
        List<EntryContent.Name> names,
        List<EntryContent.BirthDate> birthDates,
        Set<String> nationalities,
        Set<String> documents) {

    /** Shorter numbers (a "No. 1", a bare series letter) would make every entry carrying them a document hit. */
    static final int SHORTEST_DOCUMENT = 4;

    /** The list an entry belongs to, as hits name it. */
    public record ListRef(String code, String name) {}

    public static IndexedEntry of(
            UUID id, ListRef list, String referenceNumber, EntryKind kind, String primaryName, EntryContent content) {
        List<EntryContent.Name> names = content.names().stream()
                .filter(name -> name.value() != null && !name.value().isBlank())
                .toList();
        Set<String> nationalities = content.nationalities().stream()
                .map(Countries::code)
                .flatMap(Optional::stream)
                .collect(Collectors.toUnmodifiableSet());
        Set<String> documents = content.documents().stream()
                .map(EntryContent.Document::number)
                .map(IndexedEntry::normaliseDocument)
                .filter(number -> number.length() >= SHORTEST_DOCUMENT)
                .collect(Collectors.toUnmodifiableSet());
        return new IndexedEntry(
                id,
                list,
                referenceNumber,
                kind,
                primaryName,
                content.regime(),
                names,
                content.birthDates(),
                nationalities,
                documents);
    }

    /** The list's quality of one of this entry's names ({@code PRIMARY}, {@code GOOD}, {@code LOW} …), if it is one. */
    public Optional<String> quality(String name) {
        return names.stream()
                .filter(n -> n.value().equals(name))
                .map(EntryContent.Name::quality)
                .findFirst();
    }

    /** Document and account numbers compare without spaces, dashes or case. */
    public static String normaliseDocument(String number) {
        return number == null ? "" : number.replaceAll("[^\\p{Alnum}]", "").toUpperCase(Locale.ROOT);
    }
}
