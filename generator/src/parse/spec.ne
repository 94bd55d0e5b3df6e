# The grammar of the otpnet spec language (docs/spec-language.md).
# Compiled by `npm run generate` into spec-grammar.ts; the builders in build.ts turn matches into AST.
@preprocessor typescript
@{%
import { lexer } from './lexer.js';
import * as b from './build.js';
%}
@lexer lexer

file          -> item:*                                              {% b.file %}
item          -> importDecl                                          {% id %}
               | enumDecl                                            {% id %}
               | structDecl                                          {% id %}
               | messageDecl                                         {% id %}
               | tableDecl                                           {% id %}
               | typeDecl                                            {% id %}
               | optionsDecl                                         {% id %}
               | machineDecl                                         {% id %}
               | aliasDecl                                           {% id %}

importDecl    -> "import" %string ";"                                {% b.importDecl %}

# ---- enum: RFC 8446 section 3.5
enumDecl      -> "enum" "{" enumEntries "}" %ident ";"               {% b.enumDecl %}
enumEntries   -> enumEntry ("," enumEntry):* ",":?                   {% b.commaList %}
enumEntry     -> %ident "(" expr ")"                                 {% b.enumMember %}
               | "(" expr ")"                                        {% b.enumMax %}

# ---- a named type: `opaque Random[32];`, `uint16 ProtocolVersion;` (RFC 8446 section 3)
aliasDecl     -> typeName %ident shape ";"                           {% b.aliasDecl %}

# ---- struct and message
structDecl    -> "struct" "{" field:* "}" %ident ";"                 {% b.structDecl %}
messageDecl   -> "message" %ident "=" expr "{" field:* "}"           {% b.messageDecl %}

field         -> typeName %ident shape fieldDefault ";"              {% b.field %}
               | typeName "[" expr "]" %ident ";"                    {% b.prefixFixedField %}
               | select %ident shape ";"                             {% b.selectField %}
               | select ";"                                          {% b.anonymousSelectField %}
fieldDefault  -> null                                                {% () => undefined %}
               | "=" value                                           {% (d) => d[1] %}
shape         -> null                                                {% b.shapeOne %}
               | "[" expr "]"                                        {% b.shapeFixed %}
               | "<" expr ".." expr ">"                              {% b.shapeVector %}
               | "[" %ident ":" typeName "]"                         {% b.shapeCounted %}
               | "[" dotted "]"                                      {% b.shapeFieldCount %}
               | "[" ".." "]"                                        {% b.shapeRest %}
typeName      -> %ident                                              {% b.typeRef %}
               | %namelist                                           {% b.typeRef %}

select        -> "select" "(" dotted ")" "{" selectCase:* "}"        {% b.select %}
dotted        -> %ident ("." %ident):*                               {% b.dotted %}
selectCase    -> "case" caseLabels ":" typeName ";"                  {% b.selectCase %}
               | "case" caseLabels ":" field:+                       {% b.selectInlineCase %}
               | "case" caseLabels ":" "struct" "{" field:* "}" ";"  {% b.selectInlineStruct %}
               | "default" ":" typeName ";"                          {% b.selectDefault %}
               | "default" ":" field:+                               {% b.selectInlineDefault %}
               | "default" ":" "struct" "{" field:* "}" ";"          {% b.selectInlineDefaultStruct %}
caseLabels    -> caseLabel ("," caseLabel):*                         {% b.commaList %}
caseLabel     -> %ident                                              {% b.identValue %}
               | %string                                             {% b.stringValue %}
               | expr                                                {% b.numberValue %}

# ---- table
tableDecl     -> "table" %ident "{" column:* row:* "}"               {% b.tableDecl %}
column        -> %ident ":" columnType "?":? "key":? ";"             {% b.column %}
columnType    -> %ident                                              {% b.columnScalar %}
               | columnType "[" "]"                                  {% b.columnList %}
row           -> value ("," value):* ";"                             {% b.row %}

# ---- values (defaults, table cells)
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
               | "requires" "(" %ident "," condition ")" ";"         {% b.requires %}
role          -> "client"                                            {% id %}
               | "server"                                            {% id %}
condition     -> %ident                                              {% b.conditionPresent %}
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

# ---- machine
machineDecl   -> "machine" %ident machineEnum "{" machineItem:* "}"  {% b.machineDecl %}
machineEnum   -> null                                                {% () => undefined %}
               | ":" typeName                                        {% (d) => d[1] %}
machineItem   -> "messages" "{" identList "}"                        {% b.machineMessages %}
               | "initial" %ident ";"                                {% b.machineInitial %}
               | "final" identList ";"                               {% b.machineFinal %}
               | %ident direction %ident "->" nextStates %ident ";"  {% b.machineRow %}
direction     -> "send"                                              {% id %}
               | "recv"                                              {% id %}
nextStates    -> %ident ("|" %ident):*                               {% b.tokenList %}
identList     -> %ident ("," %ident):*                               {% b.tokenList %}

# ---- constant expressions: 2^16-1, 0x0303
signedExpr    -> expr                                                {% id %}
               | "-" expr                                            {% b.negate %}
expr          -> expr "+" term                                       {% b.binary %}
               | expr "-" term                                       {% b.binary %}
               | term                                                {% id %}
term          -> term "*" power                                      {% b.binary %}
               | power                                               {% id %}
power         -> primary "^" power                                   {% b.binary %}
               | primary                                             {% id %}
primary       -> number                                              {% id %}
               | "(" expr ")"                                        {% (d) => d[1] %}
number        -> %number                                             {% b.numberLit %}
               | %hex                                                {% b.numberLit %}
