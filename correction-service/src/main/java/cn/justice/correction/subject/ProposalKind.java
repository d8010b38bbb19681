package cn.justice.correction.subject;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the county proposes: 撤销缓刑/假释 to the court (REVOCATION), or 收监执行 of a 暂予监外执行 person to the deciding authority (COMMITMENT; 社区矫正法第49条). */
@Schema(name = "RevocationProposalKind")
public enum ProposalKind {
    REVOCATION, COMMITMENT
}
