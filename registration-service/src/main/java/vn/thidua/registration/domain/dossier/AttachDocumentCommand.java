package vn.thidua.registration.domain.dossier;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import vn.thidua.contracts.DocumentKind;

/**
 * Đính kèm tài liệu: a document whose bytes are already stored (under {@code documentId}, its name sanitised by
 * {@link FileNames}, its type detected from the content) joins the model's dossier. The caller states what the
 * rules need from outside: the size limit in force and whether the model has been withdrawn (rút đăng ký).
 */
public record AttachDocumentCommand(String modelId, String documentId, DocumentKind kind,
                                    String fileName, String mediaType, long sizeBytes, String sha256,
                                    long maxDossierBytes, boolean modelWithdrawn) {

    @TargetAggregateIdentifier
    public String dossierId() {
        return Dossier.idOf(modelId);
    }
}
