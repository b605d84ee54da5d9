package vn.thidua.reporting.application.award;

import org.springframework.stereotype.Service;
import vn.thidua.platform.time.VietnamTime;
import vn.thidua.reporting.domain.award.AwardBreakdown;
import vn.thidua.reporting.domain.award.AwardProposal;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A campaign's awards by form and by round as of a standing day. Callers check the reader's access first (the
 * dashboard and its downloads go through the campaign's rollup, which does).
 */
@Service
public class AwardQueries {

    private final AwardStore awards;

    public AwardQueries(AwardStore awards) {
        this.awards = awards;
    }

    /** @param day the standing day (its end, Vietnam time), or null for everything known */
    public AwardBreakdown breakdown(String campaignId, LocalDate day) {
        List<AwardProposal> proposals = awards.proposals(campaignId);
        List<String> roundIds = proposals.stream().map(AwardProposal::round).filter(Objects::nonNull).distinct()
                .toList();
        return AwardBreakdown.of(proposals, awards.rounds(roundIds),
                day == null ? null : day.plusDays(1).atStartOfDay(VietnamTime.ZONE).toInstant().minusMillis(1));
    }
}
