package vn.thidua.contracts;

/**
 * Catalog entry for one version of one event.
 *
 * @param ceType         CloudEvents {@code type}, {@code vn.thidua.<name>.v<version>}
 * @param schemaResource classpath resource of the JSON Schema (no leading slash; use a ClassLoader)
 */
public record EventType(String name, int version, String ceType, Class<? extends IntegrationEvent> javaType,
                        String topic, String schemaResource) {

    /** The {@code ce_source} every record of this type carries: the service that writes its topic. */
    public String source() {
        return Topics.sourceOf(topic);
    }
}
