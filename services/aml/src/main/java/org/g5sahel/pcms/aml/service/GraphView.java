package org.g5sahel.pcms.aml.service;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A link graph for analysts: subjects, accounts and transactions of the reports the caller sees, as nodes and edges.
 * Node ids are {@code subject:<uuid>}, {@code account:<uuid>} or {@code transaction:<uuid>}.
 */
public record GraphView(int depth, boolean truncated, List<Node> nodes, List<Edge> edges) {

    @Schema(description = "kind SUBJECT, ACCOUNT or TRANSACTION; distance = hops from the starting point")
    public record Node(
            String id, String kind, String label, UUID reportId, int distance, Map<String, Object> attributes) {}

    @Schema(
            description =
                    "kind HOLDS (subject → account), SENT (party → transaction), RECEIVED (transaction → party),"
                            + " SAME_IDENTITY (same document number in two reports), SAME_ACCOUNT (same account number in two reports)")
    public record Edge(String from, String to, String kind) {}
}
