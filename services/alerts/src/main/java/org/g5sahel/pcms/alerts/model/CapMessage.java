package org.g5sahel.pcms.alerts.model;

import java.util.List;

/**
 * A CAP 1.2 message as received from a partner feed, element by element: what the platform keeps so that it can
 * show and send on everything the sender wrote. {@code references} is split on white space as CAP defines it;
 * {@code addresses} and {@code incidents} stay as written (addresses quote names with spaces).
 */
public record CapMessage(
        String identifier,
        String sender,
        String sent,
        CapStatus status,
        Alert.MsgType msgType,
        String source,
        String scope,
        String restriction,
        String addresses,
        List<String> codes,
        String note,
        List<String> references,
        String incidents,
        List<CapInfo> infos) {

    public CapMessage {
        codes = List.copyOf(codes == null ? List.of() : codes);
        references = List.copyOf(references == null ? List.of() : references);
        infos = List.copyOf(infos == null ? List.of() : infos);
    }

    /** This message as CAP names it in another's {@code references}: {@code sender,identifier,sent}. */
    public String extendedIdentifier() {
        return sender + "," + identifier + "," + sent;
    }
}
