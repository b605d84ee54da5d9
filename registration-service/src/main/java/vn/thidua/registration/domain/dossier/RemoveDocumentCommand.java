package vn.thidua.registration.domain.dossier;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Gỡ tài liệu: a document leaves the model's dossier (e.g. uploaded by mistake, or to replace the Mẫu 1). */
public record RemoveDocumentCommand(String modelId, String documentId,
                                    boolean modelWithdrawn) {

    @TargetAggregateIdentifier
    public String dossierId() {
        return Dossier.idOf(modelId);
    }
}
