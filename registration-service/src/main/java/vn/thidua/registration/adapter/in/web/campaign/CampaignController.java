package vn.thidua.registration.adapter.in.web.campaign;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.thidua.registration.application.campaign.CampaignQueries;
import vn.thidua.registration.application.campaign.CampaignCommands;
import vn.thidua.registration.application.campaign.CampaignView;
import vn.thidua.registration.domain.campaign.CloseCampaignCommand;

import java.net.URI;
import java.util.List;
import java.util.Map;

@Tag(name = "Phong trào thi đua / Campaigns")
@RestController
@RequestMapping("/api/campaigns")
public class CampaignController {

    private final CampaignCommands campaigns;
    private final CampaignQueries queries;

    public CampaignController(CampaignCommands campaigns, CampaignQueries queries) {
        this.campaigns = campaigns;
        this.queries = queries;
    }

    @Operation(summary = "Phát động phong trào thi đua / Launch a campaign",
            description = "400 naming every bad field; 409 when the id is already in use.")
    @PostMapping
    public ResponseEntity<Map<String, String>> launch(@RequestBody LaunchCampaignRequest request) {
        String id = campaigns.launch(request.toCommand());
        return ResponseEntity.created(URI.create("/api/campaigns/" + id)).body(Map.of("campaignId", id));
    }

    @Operation(summary = "Danh sách phong trào, mới nhất trước / Campaigns, newest first")
    @GetMapping
    public List<CampaignView> list() {
        return queries.campaigns();
    }

    @Operation(summary = "Một phong trào / One campaign")
    @GetMapping("/{campaignId}")
    public CampaignView campaign(@PathVariable String campaignId) {
        return queries.campaign(campaignId);
    }

    @Operation(summary = "Điều chỉnh phong trào đang diễn ra / Amend an open campaign",
            description = "Replaces name, description, windows, milestones, targets and models per unit. "
                    + "404 unknown; 409 when closed.")
    @PutMapping("/{campaignId}")
    public ResponseEntity<Void> amend(@PathVariable String campaignId, @RequestBody AmendCampaignRequest request) {
        campaigns.amend(request.toCommand(campaignId));
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "Kết thúc phong trào / Close a campaign", description = "404 unknown; 409 when already closed.")
    @PostMapping("/{campaignId}/closure")
    public ResponseEntity<Void> close(@PathVariable String campaignId,
                                      @RequestBody(required = false) CloseCampaignRequest request) {
        campaigns.close(new CloseCampaignCommand(campaignId, request == null ? null : request.reason()));
        return ResponseEntity.noContent().build();
    }
}
