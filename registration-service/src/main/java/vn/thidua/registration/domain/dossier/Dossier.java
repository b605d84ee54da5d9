package vn.thidua.registration.domain.dossier;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import vn.thidua.contracts.DocumentKind;
import vn.thidua.platform.domain.NotFound;
import vn.thidua.platform.domain.InvalidInput;
import vn.thidua.platform.domain.RuleViolation.FieldIssue;
import vn.thidua.platform.domain.StateConflict;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * The dossier (hồ sơ) of one model: registration form (Mẫu 1), evidence, photos, summary table, achievement report
 * and portraits (the recognition dossier's). One per
 * model, born with its first document, id {@code dossier:<modelId>} ({@link #idOf}). One aggregate per dossier
 * because every rule is about the documents together (total size, one form, no content twice); a second form is
 * refused, not swapped. The README tells why it is apart from {@code Model}.
 */
@Aggregate
public class Dossier {

    public static final String ID_PREFIX = "dossier:";
    /** Its text lists the fields at fault in the reader's language (worded by the web layer). */
    public static final String INVALID_DOCUMENT = "invalid-document";
    /** Shares its code with the model's own refusal; the dossier words it its own way. */
    public static final String MODEL_WITHDRAWN = "model-withdrawn";

    @AggregateIdentifier
    private String dossierId;
    private String modelId;
    private final Map<String, Attached> documents = new LinkedHashMap<>();
    private long totalBytes;

    protected Dossier() {
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(AttachDocumentCommand command) {
        if (command.modelWithdrawn()) throw modelWithdrawn();
        if (command.documentId() != null && documents.containsKey(command.documentId())) {
            return; // the same attachment again (a retried request): already done
        }
        List<FieldIssue> issues = new ArrayList<>();
        if (blank(command.documentId())) issues.add(FieldIssue.of("documentId", "NotNull"));
        if (command.kind() == null) issues.add(FieldIssue.of("kind", "NotNull"));
        if (blank(command.fileName())) issues.add(FieldIssue.of("fileName", "NotNull"));
        if (blank(command.sha256())) issues.add(FieldIssue.of("sha256", "NotNull"));
        if (command.sizeBytes() <= 0) issues.add(FieldIssue.of("file", "document-empty"));
        var format = DocumentFormat.ofMediaType(command.mediaType());
        if (format.isEmpty()) {
            issues.add(FieldIssue.of("file", "document-format", String.valueOf(command.mediaType()),
                    DocumentFormat.names()));
        } else if (command.kind() == DocumentKind.PHOTO && !format.get().isImage()) {
            issues.add(FieldIssue.of("file", "document-not-photo"));
        } else if (command.kind() == DocumentKind.PORTRAIT && !format.get().isImage()) {
            issues.add(FieldIssue.of("file", "document-not-portrait"));
        }
        if (!issues.isEmpty()) throw new InvalidInput(INVALID_DOCUMENT, issues);
        for (Attached existing : documents.values()) {
            if (existing.sha256().equals(command.sha256())) {
                throw new InvalidInput("duplicate-document",
                        List.of(FieldIssue.of("file", "duplicate-document", existing.fileName())), existing.fileName());
            }
        }
        if (command.kind() == DocumentKind.REGISTRATION_FORM) {
            documents.values().stream().filter(d -> d.kind() == DocumentKind.REGISTRATION_FORM).findFirst()
                    .ifPresent(form -> {
                        throw new StateConflict("registration-form-exists", form.fileName());
                    });
        }
        if (totalBytes + command.sizeBytes() > command.maxDossierBytes()) {
            String limit = Sizes.megabytes(command.maxDossierBytes());
            throw new InvalidInput("dossier-too-large", List.of(FieldIssue.of("file", "dossier-too-large", limit)),
                    limit, Sizes.megabytes(totalBytes));
        }
        apply(new DocumentAttachedEvent(command.modelId(), command.documentId(), command.kind(),
                command.fileName(), format.get().mediaType(), command.sizeBytes(), command.sha256()));
    }

    @CommandHandler
    public void handle(RemoveDocumentCommand command) {
        if (command.modelWithdrawn()) throw modelWithdrawn();
        Attached document = documents.get(command.documentId());
        if (document == null) throw new NotFound("tài liệu", "document", String.valueOf(command.documentId()));
        apply(new DocumentRemovedEvent(modelId, document.documentId(), document.kind(), document.fileName(),
                document.sizeBytes(), document.sha256()));
    }

    @EventSourcingHandler
    void on(DocumentAttachedEvent event) {
        this.dossierId = idOf(event.modelId());
        this.modelId = event.modelId();
        documents.put(event.documentId(), new Attached(event.documentId(), event.kind(), event.fileName(),
                event.sizeBytes(), event.sha256()));
        totalBytes += event.sizeBytes();
    }

    @EventSourcingHandler
    void on(DocumentRemovedEvent event) {
        Attached removed = documents.remove(event.documentId());
        if (removed != null) totalBytes -= removed.sizeBytes();
    }

    /** The dossier's aggregate id for a model. */
    public static String idOf(String modelId) {
        return ID_PREFIX + modelId;
    }

    /** A withdrawn model's dossier is closed: nothing may be added or removed. */
    public static StateConflict modelWithdrawn() {
        return new StateConflict(MODEL_WITHDRAWN);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private record Attached(String documentId, DocumentKind kind, String fileName, long sizeBytes, String sha256) {
    }
}
