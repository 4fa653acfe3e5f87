package com.programdesk.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class BundleCachingTest {

    private final BundleCaching filter = new BundleCaching();

    @Test
    void aScriptOfTheBundleIsKeptForAYearUnchanged() throws Exception {
        assertThat(cacheControlOf("/VAADIN/build/FlowClient-D5SapHsR.js", "max-age=3600")).isEqualTo("public, max-age=31536000, immutable");
    }

    @Test
    void aBundleFileVaadinDoesNotLetBeCachedStaysUncached() throws Exception {
        assertThat(cacheControlOf("/VAADIN/build/FlowClient-D5SapHsR.js", "no-cache")).isEqualTo("no-cache");
    }

    @Test
    void downloadsPagesAndStyleSheetsKeepTheirOwnCaching() throws Exception {
        assertThat(cacheControlOf("/VAADIN/dynamic/resource/0/1/report.xlsx", "max-age=3600")).isEqualTo("max-age=3600");
        assertThat(cacheControlOf("/styles/programdesk.css", "max-age=3600")).isEqualTo("max-age=3600");
        assertThat(cacheControlOf("/", "no-store")).isEqualTo("no-store");
    }

    private String cacheControlOf(String path, String vaadinSets) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(request, response, new MockFilterChain(new HttpServlet() {
            @Override
            protected void service(HttpServletRequest req, HttpServletResponse res) {
                res.setHeader("Cache-Control", vaadinSets);
            }
        }));
        return response.getHeader("Cache-Control");
    }
}
