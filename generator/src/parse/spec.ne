# The grammar of the otpnet spec language (docs/spec-language.md).
# Compiled by `npm run generate` into spec-grammar.ts, a function of the builders and the lexer of
# one parse (parse.ts), so that parsing keeps no state between files.
@preprocessor typescript
@{%
import type { Builders } from './build.js';
%}
@lexer lexer

file          -> item:*                                              {% b.file %}
item          -> importDecl                                          {% id %}
               | enumDecl                                            {% id %}
               | structDecl                                          {% id %}
               | messageDecl                                         {% id %}
               | constDecl                                           {% id %}
               | tableDecl                                           {% id %}
               | typeDecl                                            {% id %}
               | optionsDecl                                         {% id %}
               | machineDecl                                         {% id %}
               | dispatchDecl                                        {% id %}
               | aliasDecl                                           {% id %}

importDecl    -> "import" %string ";"                                {% b.importDecl %}

# ---- enum: RFC 8446 section 3.5; a member may name a range of values (RFC 8422's deprecated(1..2))
enumDecl      -> "enum" "{" enumEntries "}" %ident ";"               {% b.enumDecl %}
enumEntries   -> enumEntry ("," enumEntry):* ",":?                   {% b.commaList %}
enumEntry     -> %ident "(" cexpr ")"                                {% b.enumMember %}
               | %ident "(" cexpr ".." cexpr ")"                     {% b.enumRangeMember %}
               | "(" cexpr ")"                                       {% b.enumMax %}

# ---- a named type: `opaque Random[32];`, `uint16 RecordSizeLimit(64..);` (RFC 8446 section 3)
aliasDecl     -> typeName %ident shape valueRange:? ";"              {% b.aliasDecl %}

# ---- a named constant: `const opaque HelloRetryRequestRandom[32] = 0xCF21…;`
constDecl     -> "const" typeName %ident shape "=" value ";"         {% b.constDecl %}

# ---- struct and message
structDecl    -> "struct" "{" field:* "}" %ident ";"                 {% b.structDecl %}
messageDecl   -> "message" %ident "=" cexpr "{" field:* "}"          {% b.messageDecl %}

field         -> typeName %ident shape fieldTail ";"                 {% b.field %}
               | typeName "[" cexpr "]" %ident fieldTail ";"         {% b.prefixFixedField %}
               | select %ident shape ";"                             {% b.selectField %}
               | select ";"                                          {% b.anonymousSelectField %}

# What may follow a field's name and shape, in this order: a value range, a bit width, the byte
# order, a value (a default, a constant or a computed length) and a presence condition.
fieldTail     -> valueRange:? bitWidth:? byteOrder:? fieldValue:? condition:?  {% b.fieldTail %}
valueRange    -> "(" signedExpr:? ".." signedExpr:? ")"              {% b.valueRange %}
bitWidth      -> ":" cexpr                                           {% b.bitWidth %}
byteOrder     -> "little"                                            {% b.littleAlways %}
               | "little" "when" "(" cond ")"                        {% b.littleWhen %}
fieldValue    -> "=" value                                           {% b.defaultValue %}
               | "=" "sizeof" "(" %ident ")"                         {% b.sizeOfOne %}
               | "=" "sizeof" "(" %ident ".." %ident ")"             {% b.sizeOfRange %}
condition     -> "if" "(" cond ")"                                   {% (d) => d[2] %}

shape         -> null                                                {% b.shapeOne %}
               | "[" xexpr "]"                                       {% b.shapeBracket %}
               | "<" cexpr ".." cexpr ">"                            {% b.shapeVector %}
               | "[" %ident ":" typeName "]"                         {% b.shapeCounted %}
               | "[" ".." "]"                                        {% b.shapeRest %}
               | "[" "until" value "]"                               {% b.shapeUntil %}
               | "[" "trailing" cexpr "]"                            {% b.shapeTrailing %}
typeName      -> %ident                                              {% b.typeRef %}
               | %namelist                                           {% b.typeRef %}
               | %ident "<" %ident ">"                               {% b.holdingTypeRef %}

select        -> "select" "(" dotted ")" "{" selectCase:* "}"        {% b.select %}
               | "select" "prefix" "{" selectCase:* "}"              {% b.selectPrefix %}
dotted        -> %ident ("." %ident):*                               {% b.dotted %}
selectCase    -> "case" caseLabels guard:? ":" typeName ";"          {% b.selectCase %}
               | "case" caseLabels guard:? ":" field:+               {% b.selectInlineCase %}
               | "case" caseLabels guard:? ":" "struct" "{" field:* "}" ";"  {% b.selectInlineStruct %}
               | "default" ":" typeName ";"                          {% b.selectDefault %}
               | "default" ":" field:+                               {% b.selectInlineDefault %}
               | "default" ":" "struct" "{" field:* "}" ";"          {% b.selectInlineDefaultStruct %}
caseLabels    -> caseLabel ("," caseLabel):*                         {% b.commaList %}
caseLabel     -> %ident                                              {% b.identValue %}
               | %string                                             {% b.stringValue %}
               | cexpr                                               {% b.numberValue %}
               | cexpr ".." cexpr                                    {% b.rangeLabel %}
guard         -> "when" %ident "==" value                            {% b.guard %}

# ---- table
tableDecl     -> "table" %ident "{" column:* row:* "}"               {% b.tableDecl %}
column        -> %ident ":" columnType "?":? "key":? ";"             {% b.column %}
columnType    -> %ident                                              {% b.columnScalar %}
               | columnType "[" "]"                                  {% b.columnList %}
row           -> value ("," value):* ";"                             {% b.row %}

# ---- values (defaults, constants, table cells)
value         -> %ident                                              {% b.identValue %}
               | %string                                             {% b.stringValue %}
               | signedExpr                                          {% b.numberValue %}
               | "-"                                                 {% b.absentValue %}
               | "[" "]"                                             {% b.emptyList %}
               | "[" value ("," value):* "]"                         {% b.listValue %}
               | "{" value ("," value):* "}"                         {% b.tupleValue %}

# ---- options
typeDecl      -> "type" %ident "=" optType ";"                       {% b.typeDecl %}
optionsDecl   -> "options" %ident "{" optionItem:* "}"               {% b.optionsDecl %}
optionItem    -> role:? %ident ":" optType fieldDefault %string:? ";" {% b.option %}
               | "exclusive" "(" identList ")" ";"                   {% b.exclusive %}
               | "requires" "(" %ident "," condition0 ")" ";"        {% b.requires %}
fieldDefault  -> null                                                {% () => undefined %}
               | "=" value                                           {% (d) => d[1] %}
role          -> "client"                                            {% id %}
               | "server"                                            {% id %}
condition0    -> %ident                                              {% b.conditionPresent %}
               | %ident "==" value                                   {% b.conditionCompare %}
               | %ident "!=" value                                   {% b.conditionCompare %}
optType       -> optPostfix ("|" optPostfix):*                       {% b.optUnion %}
optPostfix    -> optAtom                                             {% id %}
               | optPostfix "[" "]"                                  {% b.optList %}
optAtom       -> %ident                                              {% b.optWord %}
               | %ident "(" signedExpr:? ".." signedExpr:? ")"       {% b.optRange %}
               | %string                                             {% b.optString %}
               | number                                              {% b.optNumber %}
               | "-" number                                          {% b.optNegNumber %}
               | "{" optType ("," optType):* "}"                     {% b.optTuple %}
               | "(" optType ")"                                     {% (d) => d[1] %}

# ---- machine: `machine tls13_client : Handshake { … }` takes its messages from a select, a
# dispatch or an enum; `messages { identification: opaque }` adds others, with their types.
machineDecl   -> "machine" %ident machineSource "{" machineItem:* "}"  {% b.machineDecl %}
machineSource -> null                                                {% () => undefined %}
               | ":" typeName                                        {% (d) => d[1] %}
machineItem   -> "messages" "{" extraMessage ("," extraMessage):* "}"  {% b.machineMessages %}
               | "initial" %ident ";"                                {% b.machineInitial %}
               | "final" identList ";"                               {% b.machineFinal %}
               | %ident direction %ident "->" nextStates %ident ";"  {% b.machineRow %}
extraMessage  -> %ident                                              {% b.extraMessage %}
               | %ident ":" typeName                                 {% b.extraMessage %}
direction     -> "send"                                              {% id %}
               | "recv"                                              {% id %}
nextStates    -> %ident ("|" %ident):*                               {% b.tokenList %}
identList     -> %ident ("," %ident):*                               {% b.tokenList %}

# ---- dispatch: the messages a number byte picks, some only in a context
# (`when kex == kex_ecdh: SSH_MSG_KEX_ECDH_INIT, SSH_MSG_KEX_ECDH_REPLY;`)
dispatchDecl  -> "dispatch" %ident "{" dispatchItem:* "}"            {% b.dispatchDecl %}
dispatchItem  -> identList ";"                                       {% b.dispatchEntries %}
               | "when" %ident "==" value ":" identList ";"          {% b.dispatchWhen %}

# ---- constant expressions: 2^16-1, 0x0303 (folded to numbers when parsed)
signedExpr    -> cexpr                                               {% id %}
               | "-" cexpr                                           {% b.negate %}
cexpr         -> cexpr "+" cterm                                     {% b.fold %}
               | cexpr "-" cterm                                     {% b.fold %}
               | cterm                                               {% id %}
cterm         -> cterm "*" cpower                                    {% b.fold %}
               | cpower                                              {% id %}
cpower        -> cprimary "^" cpower                                 {% b.fold %}
               | cprimary                                            {% id %}
cprimary      -> number                                              {% id %}
               | "(" cexpr ")"                                       {% (d) => d[1] %}
number        -> %number                                             {% b.numberLit %}
               | %hex                                                {% b.numberLit %}

# ---- expressions over fields: lengths (xexpr) and conditions (cond). `^` is a power, as in the
# RFCs' bounds; `&` binds tighter than comparisons, so `flags & 1 == 1` means (flags & 1) == 1.
cond          -> cond "||" andCond                                   {% b.binaryExpr %}
               | andCond                                             {% id %}
andCond       -> andCond "&&" notCond                                {% b.binaryExpr %}
               | notCond                                             {% id %}
notCond       -> "!" notCond                                         {% b.unaryExpr %}
               | compare                                             {% id %}
compare       -> bitAnd compareOp bitAnd                             {% b.binaryExpr %}
               | bitAnd                                              {% id %}
compareOp     -> "==" {% id %} | "!=" {% id %} | "<" {% id %} | "<=" {% id %} | ">" {% id %} | ">=" {% id %}
bitAnd        -> bitAnd "&" shift                                    {% b.binaryExpr %}
               | shift                                               {% id %}
shift         -> shift "<<" xexpr                                    {% b.binaryExpr %}
               | shift ">>" xexpr                                    {% b.binaryExpr %}
               | xexpr                                               {% id %}
xexpr         -> xexpr "+" xterm                                     {% b.binaryExpr %}
               | xexpr "-" xterm                                     {% b.binaryExpr %}
               | xterm                                               {% id %}
xterm         -> xterm "*" xunary                                    {% b.binaryExpr %}
               | xterm "/" xunary                                    {% b.binaryExpr %}
               | xterm "%" xunary                                    {% b.binaryExpr %}
               | xunary                                              {% id %}
xunary        -> "-" xunary                                          {% b.unaryExpr %}
               | "~" xunary                                          {% b.unaryExpr %}
               | xpower                                              {% id %}
xpower        -> xprimary "^" xunary                                 {% b.binaryExpr %}
               | xprimary                                            {% id %}
xprimary      -> number                                              {% b.numExpr %}
               | dotted                                              {% b.refExpr %}
               | "(" cond ")"                                        {% (d) => d[1] %}
