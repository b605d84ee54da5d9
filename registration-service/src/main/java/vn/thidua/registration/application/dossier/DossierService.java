package vn.thidua.registration.application.dossier;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;
import vn.thidua.contracts.DocumentKind;
import vn.thidua.platform.actor.Caller;
import vn.thidua.platform.actor.CurrentCaller;
import vn.thidua.platform.domain.NotFound;
import vn.thidua.platform.domain.RuleViolation;
import vn.thidua.platform.security.Role;
import vn.thidua.registration.application.model.ModelQueries;
import vn.thidua.registration.application.model.ModelView;
import vn.thidua.registration.domain.dossier.AttachDocumentCommand;
import vn.thidua.registration.domain.dossier.DocumentFormat;
import vn.thidua.registration.domain.dossier.Dossier;
import vn.thidua.registration.domain.dossier.FileNames;
import vn.thidua.registration.domain.dossier.RemoveDocumentCommand;

import java.io.InputStream;
import java.time.Instant;
import java.util.List;

/**
 * Uploads, lists, downloads and removes the documents of a model's dossier (hồ sơ).
 * <p>
 * An upload is checked in order — the model exists and is not withdrawn, the file is not empty nor too
 * large, not a zip bomb, and its content is PDF, DOCX, XLSX, JPEG or PNG — then its bytes are stored and only
 * then is the {@link AttachDocumentCommand} sent, so an attached document always has its bytes. If the
 * dossier refuses it (duplicate content, second Mẫu 1, dossier full, …) the stored bytes are deleted again:
 * no orphans. (A crash between the two steps could still leave bytes no event names; they are unreachable,
 * as every download goes through a dossier document id.)
 */
@Service
public class DossierService {

    private static final Logger log = LoggerFactory.getLogger(DossierService.class);

    private final CommandGateway commands;
    private final ModelQueries models;
    private final ContentInspector inspector;
    private final DossierFileStore files;
    private final DossierProperties limits;
    private final MongoTemplate mongo;

    public DossierService(CommandGateway commands, ModelQueries models, ContentInspector inspector,
                          DossierFileStore files, DossierProperties limits, MongoTemplate mongo) {
        this.commands = commands;
        this.models = models;
        this.inspector = inspector;
        this.files = files;
        this.limits = limits;
        this.mongo = mongo;
    }

    public DossierProperties limits() {
        return limits;
    }

    /**
     * @param uploadedName the name the file was uploaded under (only its sanitised form is kept)
     * @throws NotFound      unknown model
     * @throws RuleViolation any refusal, with the reason in both languages
     */
    public DossierDocumentView attach(String modelId, DocumentKind kind, String uploadedName, InputStream content) {
        ModelView model = models.forChange(modelId, ModelView::unitId, Role.UNIT_OFFICER);
        boolean withdrawn = isWithdrawn(model);
        if (withdrawn) throw Dossier.modelWithdrawn();
        try (ReceivedFile received = inspector.receive(content)) {
            DocumentFormat format = inspector.inspect(received.path());
            String fileName = FileNames.sanitise(uploadedName, format);
            String documentId = files.store(received.path(), fileName, format.mediaType(),
                    new Document("modelId", modelId).append("kind", kind.name()).append("sha256", received.sha256()));
            try {
                commands.sendAndWait(new AttachDocumentCommand(modelId, documentId, kind, fileName,
                        format.mediaType(), received.sizeBytes(), received.sha256(), limits.maxDossierSize().toBytes(),
                        false));
            } catch (RuntimeException refused) {
                files.delete(documentId);
                throw unwrap(refused, documentId);
            }
            log.info("Dossier of model {}: attached {} {} ({} bytes, {})", modelId, kind, documentId,
                    received.sizeBytes(), format.mediaType());
            return new DossierDocumentView(documentId, modelId, kind, fileName, format.mediaType(),
                    received.sizeBytes(), received.sha256(), Instant.now(),
                    CurrentCaller.get().map(Caller::userId).orElse(null));
        }
    }

    /** Refuses (403) unless the caller is a unit officer over the model's unit; checked before the upload is read. */
    public void requireUploader(String modelId) {
        models.forChange(modelId, ModelView::unitId, Role.UNIT_OFFICER);
    }

    /** Removes a document from the dossier, then its bytes. */
    public void remove(String modelId, String documentId) {
        ModelView model = models.forChange(modelId, ModelView::unitId, Role.UNIT_OFFICER);
        try {
            commands.sendAndWait(new RemoveDocumentCommand(modelId, documentId, isWithdrawn(model)));
        } catch (RuntimeException refused) {
            throw unwrap(refused, documentId);
        }
        files.delete(documentId);
    }

    /** The documents of a model's dossier, oldest first. */
    public List<DossierDocumentView> documents(String modelId) {
        models.model(modelId);
        return mongo.find(Query.query(Criteria.where("modelId").is(modelId))
                .with(Sort.by("uploadedAt", "documentId")).limit(1000), DossierDocumentView.class);
    }

    /** A document's bytes and what to say about them; the document must belong to this model. */
    public DocumentContent content(String modelId, String documentId) {
        models.model(modelId); // who may read the model may read its dossier
        var resource = files.find(documentId)
                .filter(r -> r.getGridFSFile().getMetadata() != null
                        && modelId.equals(r.getGridFSFile().getMetadata().getString("modelId")))
                .orElseThrow(() -> new NotFound("tài liệu", "document", documentId));
        Document metadata = resource.getGridFSFile().getMetadata();
        return new DocumentContent(documentId, modelId, resource.getFilename(), resource.getContentType(),
                resource.getGridFSFile().getLength(), metadata.getString("sha256"), resource);
    }

    private static boolean isWithdrawn(ModelView model) {
        return ModelView.WITHDRAWN.equals(model.status());
    }

    /** The command bus wraps what a handler throws; give callers the refusal itself. */
    private static RuntimeException unwrap(RuntimeException e, String documentId) {
        Throwable cause = e;
        for (int depth = 0; cause != null && depth < 5; depth++, cause = cause.getCause()) {
            if (cause instanceof RuleViolation || cause instanceof NotFound) return (RuntimeException) cause;
            if (cause.getClass().getSimpleName().equals("AggregateNotFoundException")) {
                return new NotFound("tài liệu", "document", documentId); // no dossier yet: no such document
            }
        }
        return e;
    }
}
