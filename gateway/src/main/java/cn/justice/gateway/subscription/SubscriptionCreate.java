package cn.justice.gateway.subscription;

import cn.justice.gateway.workqueue.WorkKind;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** Body of {@code POST /api/v1/subscriptions}. */
@Schema(name = "SubscriptionCreate")
public record SubscriptionCreate(
        @NotBlank @Size(max = 2000)
        @Schema(format = "uri", description = "Where the gateway POSTs the CloudEvents: an absolute http(s) URL; private, loopback and "
                + "link-local hosts only when on the gateway's allow-list", example = "https://court.example.gov.cn/hooks/justice")
        String url,
        @NotEmpty @Size(max = 50)
        @Schema(description = "The kinds of work item to notify, each once")
        List<@NotNull WorkKind> kinds,
        @Pattern(regexp = "^(\\d{6}|\\d{9})$")
        @Schema(description = "County (6 digits) or township (9 digits) whose items are notified; default: the caller's county",
                example = "519901")
        String orgCode,
        @NotBlank @Size(min = 16, max = 256)
        @Schema(description = "The HMAC-SHA256 key the receiver checks X-Justice-Signature with; never returned",
                writeOnly = true, example = "a-long-random-shared-secret")
        String secret) {
}
