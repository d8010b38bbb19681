package cn.justice.legalaid.notarization;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Kind of notarial acts (公证类别). */
@Schema(name = "NotarizationKind", description = "CIVIL 民事, ECONOMIC 经济, FOREIGN_RELATED 涉外, OTHER 其他")
public enum NotarizationKind {
    CIVIL,
    ECONOMIC,
    FOREIGN_RELATED,
    OTHER
}
