package vn.thidua.review.application;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Service;
import vn.thidua.platform.actor.Caller;
import vn.thidua.platform.actor.CurrentCaller;
import vn.thidua.platform.domain.NotFound;
import vn.thidua.platform.security.AccessGuard;
import vn.thidua.platform.security.OutsideJurisdiction;
import vn.thidua.review.domain.RecognizeModelCommand;

import static vn.thidua.platform.security.Role.RECOGNISING_AUTHORITY;

/**
 * Công nhận điển hình: a recognising authority recognises a case of a unit within its subtree, and the unit
 * recorded as recognising is the caller's own unit (from the verified token, never from the request).
 */
@Service
public class Recognition {

    private final CommandGateway commands;
    private final MongoTemplate mongo;
    private final AccessGuard guard;

    public Recognition(CommandGateway commands, MongoTemplate mongo, AccessGuard guard) {
        this.commands = commands;
        this.mongo = mongo;
        this.guard = guard;
    }

    public void recognize(String reviewCaseId) {
        guard.requireRole(RECOGNISING_AUTHORITY);
        ReviewCaseView reviewCase = mongo.findById(reviewCaseId, ReviewCaseView.class);
        if (reviewCase == null) throw new NotFound("hồ sơ xét công nhận", "review case", reviewCaseId);
        guard.require(reviewCase.unitId(), RECOGNISING_AUTHORITY);
        String recognisingUnit = CurrentCaller.get().map(Caller::unitId)
                .orElseThrow(() -> new OutsideJurisdiction("unit"));
        commands.sendAndWait(new RecognizeModelCommand(reviewCaseId, recognisingUnit));
    }
}
