package cn.xinhuo.contract;

import cn.xinhuo.support.PostgresResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The committed contract (openapi.yaml at the repository root) must equal what the backend serves.
 * To regenerate it after changing a resource: {@code ./mvnw -pl backend test -Dtest=ContractDriftTest -Dcontract.update=true}
 */
@QuarkusTest
@QuarkusTestResource(PostgresResource.class)
class ContractDriftTest {

    @org.junit.jupiter.api.BeforeEach
    void logIn() {
        cn.xinhuo.support.Auth.actAsRoot();
    }

    private static final Path CONTRACT = Path.of("..", "openapi.yaml");

    @Test
    void theCommittedContractEqualsWhatTheBackendServes() throws IOException {
        String served = given().queryParam("format", "yaml").when().get("/q/openapi")
                .then().statusCode(200).extract().asString();
        if (Boolean.getBoolean("contract.update")) {
            Files.writeString(CONTRACT, served, StandardCharsets.UTF_8);
        }
        assertThat(Files.exists(CONTRACT))
                .as("openapi.yaml is missing; regenerate it with -Dcontract.update=true").isTrue();
        assertThat(Files.readString(CONTRACT, StandardCharsets.UTF_8))
                .as("openapi.yaml differs from the served contract; regenerate it with "
                        + "./mvnw -pl backend test -Dtest=ContractDriftTest -Dcontract.update=true")
                .isEqualTo(served);
    }

    @Test
    void theContractDeclaresProblemsPagingAndETags() {
        String served = given().queryParam("format", "yaml").when().get("/q/openapi").then().extract().asString();
        assertThat(served)
                .contains("application/problem+json")
                .contains("Problem:")
                .contains("OrganizationPage:")
                .contains("ETag")
                .contains("If-Match")
                .contains("operationId: searchOrganizations")
                .contains("\"412\":")
                .contains("\"428\":");
    }
}
