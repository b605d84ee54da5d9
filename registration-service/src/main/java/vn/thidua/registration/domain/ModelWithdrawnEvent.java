package vn.thidua.registration.domain;

import org.axonframework.serialization.Revision;

@Revision("1")
public record ModelWithdrawnEvent(String modelId, String reason) {
}
