package org.baoku.api;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.baoku.importjob.JobParameter;
import org.baoku.importjob.JobParameterRules;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.RequestBody;

/**
 * The OpenAPI document's schema of {@code POST /jobs/{job}}, written from {@link JobParameterRules}: one
 * schema a job ({@code archive-import-parameters}, …), with each parameter's kind, range, default and
 * meaning, and no other properties. Registered as {@code mp.openapi.filter} in
 * {@code META-INF/microprofile-config.properties}.
 */
public class JobParametersOpenApi implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        List<Schema> bodies = new ArrayList<>();
        for (String job : JobParameterRules.jobs()) {
            openAPI.getComponents().addSchema(job + "-parameters", schema(job));
            bodies.add(OASFactory.createSchema().ref("#/components/schemas/" + job + "-parameters"));
        }
        if (openAPI.getPaths() == null) {
            return;
        }
        PathItem start = openAPI.getPaths().getPathItem("/baoku/api/jobs/{job}");
        Operation post = start == null ? null : start.getPOST();
        if (post != null) {
            post.requestBody(OASFactory.createObject(RequestBody.class)
                    .description("the job's parameters (see GET /jobs/{job}/parameters); unknown names and values "
                            + "out of range are refused with 400")
                    .content(OASFactory.createObject(Content.class).addMediaType("application/json",
                            OASFactory.createObject(MediaType.class).schema(OASFactory.createSchema().oneOf(bodies)))));
        }
    }

    private static Schema schema(String job) {
        Schema schema = OASFactory.createSchema().type(List.of(Schema.SchemaType.OBJECT))
                .description("job parameters of " + job).additionalPropertiesBoolean(false);
        List<String> required = new ArrayList<>();
        for (JobParameter p : JobParameterRules.of(job).orElseThrow()) {
            Schema property = OASFactory.createSchema().description(p.typeAndRange()
                    + (p.required() ? "" : ", default " + p.defaultValue()) + ": " + p.meaning());
            if (p.kind() == JobParameter.Kind.NUMBER) {
                property.type(List.of(Schema.SchemaType.INTEGER, Schema.SchemaType.STRING))
                        .minimum(BigDecimal.valueOf(p.min())).maximum(BigDecimal.valueOf(p.max()));
            } else {
                property.type(List.of(Schema.SchemaType.STRING)).maxLength((int) p.max());
            }
            schema.addProperty(p.name(), property);
            if (p.required()) {
                required.add(p.name());
            }
        }
        return required.isEmpty() ? schema : schema.required(required);
    }
}
