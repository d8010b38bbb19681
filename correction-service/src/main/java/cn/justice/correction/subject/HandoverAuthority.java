package cn.justice.correction.subject;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Who handed a 暂予监外执行 person over (社区矫正法第21条): a prison, a detention house or the police. */
@Schema(name = "HandoverAuthority")
public enum HandoverAuthority {
    PRISON, DETENTION_HOUSE, POLICE
}
