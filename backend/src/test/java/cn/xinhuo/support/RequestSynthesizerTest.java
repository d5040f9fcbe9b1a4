package cn.xinhuo.support;

import cn.xinhuo.support.OpenApiContract.Operation;
import cn.xinhuo.support.RequestSynthesizer.Plan;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The synthesis planned (no server) on a small made-up contract: what depends on the place, and
 * that whatever cannot be made is named instead of silently passing.
 */
class RequestSynthesizerTest {

    private static final OpenApiContract CONTRACT = OpenApiContract.parse("""
            openapi: 3.1.0
            paths:
              /api/v1/imports:
                get:
                  operationId: listImports
                  parameters:
                  - {name: within, in: query, schema: {type: integer, format: int64}}
                  - {name: page, in: query, schema: {type: integer, default: 0}}
                post:
                  operationId: startImport
                  requestBody:
                    required: true
                    content:
                      application/x-made-up-sheet:
                        schema: {type: string, format: binary}
              /api/v1/imports/{id}:
                get:
                  operationId: getImport
                  parameters:
                  - {name: id, in: path, required: true, schema: {type: integer, format: int64}}
              /api/v1/imports/template:
                get:
                  operationId: getImportTemplate
              /api/v1/gadgets/{id}/stats:
                get:
                  operationId: getGadgetStats
                  parameters:
                  - {name: id, in: path, required: true, schema: {type: integer, format: int64}}
              /api/v1/teams:
                post:
                  operationId: createTeam
                  requestBody:
                    content:
                      application/json:
                        schema: {$ref: "#/components/schemas/TeamForm"}
              /api/v1/teams/{id}/members:
                post:
                  operationId: addMember
                  parameters:
                  - {name: id, in: path, required: true, schema: {type: integer, format: int64}}
                  requestBody:
                    content:
                      application/json:
                        schema: {$ref: "#/components/schemas/MemberForm"}
              /api/v1/rules:
                post:
                  operationId: addRule
                  parameters:
                  - {name: If-Match, in: header, required: true, schema: {type: string}}
                  - {name: minAge, in: query, required: true, example: 55, schema: {type: integer}}
                  requestBody:
                    content:
                      application/json:
                        schema: {$ref: "#/components/schemas/RuleForm"}
            components:
              schemas:
                TeamForm:
                  type: object
                  required: [organizationId, name]
                  properties:
                    organizationId: {type: integer, format: int64}
                    name: {type: string, maxLength: 100, pattern: '\\S', examples: [关爱团]}
                MemberForm:
                  type: object
                  required: [sprocketId, joinedOn]
                  properties:
                    sprocketId: {type: integer, format: int64}
                    joinedOn: {$ref: "#/components/schemas/LocalDate"}
                RuleForm:
                  type: object
                  required: [kind]
                  properties:
                    kind: {type: string, enum: [A, B]}
                LocalDate: {type: string, format: date, examples: [2022-03-10]}
            """);

    private static Plan plan(String operationId) {
        Operation op = CONTRACT.operations().stream().filter(o -> o.id().equals(operationId)).findFirst().orElseThrow();
        return RequestSynthesizer.plan(op);
    }

    @Test
    void aRequestAimsAtAPlaceByPathQueryOrBody() {
        assertThat(plan("listImports")).isEqualTo(new Plan(true, java.util.List.of()));
        assertThat(plan("createTeam")).isEqualTo(new Plan(true, java.util.List.of()));
        assertThat(plan("getImportTemplate")).isEqualTo(new Plan(false, java.util.List.of()));
    }

    @Test
    void aRecordInThePathIsMadeByItsCollectionsPost() {
        assertThat(plan("getImport").problems()).singleElement().asString()
                .contains("no body for startImport", "application/x-made-up-sheet", "RequestHints.MEDIA_TYPES");
        assertThat(plan("getGadgetStats").problems()).singleElement().asString()
                .contains("no factory for /api/v1/gadgets");
    }

    @Test
    void aReferenceInABodyNeedsACollectionToMakeItIn() {
        assertThat(plan("addMember").problems()).singleElement().asString()
                .contains("MemberForm.sprocketId", "/sprockets");
    }

    @Test
    void anIfMatchNeedsARecordWhoseVersionCanBeRead() {
        Plan rule = plan("addRule");
        assertThat(rule.placed()).isFalse();
        assertThat(rule.problems()).singleElement().asString().contains("needs If-Match");
    }

    @Test
    void resourcePathsAreWrittenAsInTheContract() {
        assertThat(ResourceMethods.join(path("/api/v1/teams/"), path("{id: \\d+}/members/{memberId}/leave")))
                .isEqualTo("/api/v1/teams/{id}/members/{memberId}/leave");
        assertThat(ResourceMethods.join(path("api/v1/teams"), null)).isEqualTo("/api/v1/teams");
    }

    private static jakarta.ws.rs.Path path(String value) {
        return new jakarta.ws.rs.Path() {
            @Override
            public String value() {
                return value;
            }

            @Override
            public Class<? extends java.lang.annotation.Annotation> annotationType() {
                return jakarta.ws.rs.Path.class;
            }
        };
    }
}
