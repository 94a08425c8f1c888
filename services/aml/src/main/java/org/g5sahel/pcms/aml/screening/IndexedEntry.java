package org.g5sahel.pcms.aml.screening;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.g5sahel.pcms.aml.model.EntryContent;
import org.g5sahel.pcms.aml.model.EntryKind;

/** A sanctions entry prepared for screening: names tokenised once, nationalities as ISO codes, documents normalised. */
public record IndexedEntry(UUID id, ListRef list, String referenceNumber, EntryKind kind, String primaryName,
        String programme, List<IndexedName> names, List<EntryContent.BirthDate> birthDates, Set<String> nationalities,
        Set<String> documents) {

    /** The list an entry belongs to, as hits name it. */
    public record ListRef(String code, String name) {
    }

    public record IndexedName(String value, String quality, List<NameKey.Token> tokens) {
    }

    public static IndexedEntry of(UUID id, ListRef list, String referenceNumber, EntryKind kind,
            String primaryName, EntryContent content) {
        List<IndexedName> names = content.names().stream()
                .map(name -> new IndexedName(name.value(), name.quality(), NameKey.tokens(name.value())))
                .filter(name -> !name.tokens().isEmpty()).toList();
        Set<String> nationalities = content.nationalities().stream().map(Countries::code)
                .flatMap(java.util.Optional::stream).collect(Collectors.toUnmodifiableSet());
        Set<String> documents = content.documents().stream().map(EntryContent.Document::number)
                .map(IndexedEntry::normaliseDocument).filter(number -> number.length() >= 4)
                .collect(Collectors.toUnmodifiableSet());
        return new IndexedEntry(id, list, referenceNumber, kind, primaryName, content.regime(), names,
                content.birthDates(), nationalities, documents);
    }

    /** Document and account numbers compare without spaces, dashes or case. */
    public static String normaliseDocument(String number) {
        return number == null ? "" : number.replaceAll("[^\\p{Alnum}]", "").toUpperCase(Locale.ROOT);
    }
}
