package com.programdesk.api.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The API's OpenAPI 3 document ({@code /api/v1/openapi.json}) and its interactive page ({@code /api/docs}),
 * by springdoc-openapi: every endpoint under /api/v1, a bearer token as its security scheme. The portal's
 * own requests (Vaadin, the calendar feed) are not part of it.
 */
@Configuration
class OpenApiConfiguration {

    static final String BEARER = "bearer";

    @Bean
    OpenAPI programDeskApi() {
        return new OpenAPI()
                .info(new Info().title("Program Desk API").version("v1").description("""
                        For the regional platforms (接口对接): push counts into draft reports, read report status and \
                        completeness, indicator values, tasks and activities. An administrator creates an API client \
                        (接口客户端) bound to an area or an institution with scopes and an expiry; its token \
                        (`Authorization: Bearer pd_…`) is shown once. Errors are RFC 9457 problem details."""))
                .components(new Components().addSecuritySchemes(BEARER, new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("pd_<base64url>")
                        .description("The API client's token, created on the 接口客户端 page")));
    }
}
