package cn.justice.gateway.subscription;

import cn.justice.platform.problem.ProblemException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** URLs a subscription may and may not send to; names resolve through a fixed table (no DNS in a unit test). */
class WebhookTargetsTest {
    static final Map<String, String> DNS = Map.of("court.example.cn", "203.0.113.10", "intranet.example.cn", "10.1.2.3",
            "police.example.cn", "192.168.5.6");
    static final WebhookTargets TARGETS = new WebhookTargets(Set.of("Police.Example.cn", "127.0.0.1"), host -> {
        String ip = DNS.get(host);
        if (ip == null) {
            try {
                return new InetAddress[]{InetAddress.getByName(literal(host))};
            } catch (IllegalArgumentException e) {
                throw new UnknownHostException(host);
            }
        }
        return new InetAddress[]{InetAddress.getByName(ip)};
    });

    /** Only literal addresses are resolved outside the table (InetAddress does not look those up). */
    static String literal(String host) {
        if (host.matches("[0-9.]+") || host.contains(":")) {
            return host;
        }
        throw new IllegalArgumentException(host);
    }

    static String refusal(String url) {
        ProblemException e = catchThrowableOfType(ProblemException.class, () -> TARGETS.check(url));
        assertThat(e).as(url).isNotNull();
        assertThat(e.status()).isEqualTo(400);
        assertThat(e.problem().errors).extracting("field").containsExactly("url");
        return e.problem().errors.get(0).message();
    }

    @Test
    void aPublicHttpsOrHttpUrlIsTaken() {
        assertThat(TARGETS.check("https://court.example.cn/hooks/justice?x=1")).hasHost("court.example.cn");
        assertThat(TARGETS.check("  HTTP://court.example.cn:8443/in ")).hasPort(8443);
        assertThat(TARGETS.check("https://203.0.113.7/in")).hasHost("203.0.113.7");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ftp://court.example.cn/x", "court.example.cn/x", "/hooks", "https:///x", "javascript:alert(1)",
            "https://court.example.cn/a b", "file:///etc/passwd"})
    void notAnHttpUrl(String url) {
        assertThat(refusal(url)).contains("http");
    }

    @Test
    void noUserInfoNorFragment() {
        assertThat(refusal("https://user:pw@court.example.cn/x")).contains("user info");
        assertThat(refusal("https://court.example.cn/x#part")).contains("fragment");
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://10.0.0.8/x", "http://172.16.1.1/x", "http://192.168.1.1/x", "http://127.0.0.2/x",
            "http://169.254.169.254/latest/meta-data", "http://100.64.0.1/x", "http://0.0.0.0/x", "http://[::1]/x",
            "http://[fd00::1]/x", "http://[fe80::1]/x", "http://224.0.0.1/x", "https://intranet.example.cn/x"})
    void internalAddressesAreRefused(String url) {
        assertThat(refusal(url)).contains("private or local").contains("allowed-hosts");
    }

    @Test
    void theAllowListLetsNamedInternalHostsThrough() {
        assertThat(TARGETS.check("http://police.example.cn/in")).hasHost("police.example.cn");
        assertThat(TARGETS.check("http://127.0.0.1:9000/in")).hasPort(9000);
        assertThat(refusal("http://localhost/in")).contains("does not resolve"); // not in the table, not allowed
    }

    @Test
    void anUnknownHostIsRefused() {
        assertThat(refusal("https://nowhere.example.cn/in")).contains("does not resolve");
    }
}
