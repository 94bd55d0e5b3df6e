// Generated from generator/src/parse/spec.ne by otpnet-gen. Do not edit.
// Generated automatically by nearley, version unknown
// http://github.com/Hardmath123/nearley
// Bypasses TS6133. Allow declared but unused functions.
// @ts-ignore
function id(d: any[]): any { return d[0]; }
declare var string: any;
declare var ident: any;
declare var namelist: any;
declare var number: any;
declare var hex: any;

import { lexer } from './lexer.js';
import * as b from './build.js';

interface NearleyToken {
  value: any;
  [key: string]: any;
};

interface NearleyLexer {
  reset: (chunk: string, info: any) => void;
  next: () => NearleyToken | undefined;
  save: () => any;
  formatError: (token: never) => string;
  has: (tokenType: string) => boolean;
};

interface NearleyRule {
  name: string;
  symbols: NearleySymbol[];
  postprocess?: (d: any[], loc?: number, reject?: {}) => any;
};

type NearleySymbol = string | { literal: any } | { test: (token: any) => boolean };

interface Grammar {
  Lexer: NearleyLexer | undefined;
  ParserRules: NearleyRule[];
  ParserStart: string;
};

const grammar: Grammar = {
  Lexer: lexer,
  ParserRules: [
    {"name": "file$ebnf$1", "symbols": []},
    {"name": "file$ebnf$1", "symbols": ["file$ebnf$1", "item"], "postprocess": (d) => d[0].concat([d[1]])},
    {"name": "file", "symbols": ["file$ebnf$1"], "postprocess": b.file},
    {"name": "item", "symbols": ["importDecl"], "postprocess": id},
    {"name": "item", "symbols": ["enumDecl"], "postprocess": id},
    {"name": "item", "symbols": ["structDecl"], "postprocess": id},
    {"name": "item", "symbols": ["messageDecl"], "postprocess": id},
    {"name": "item", "symbols": ["tableDecl"], "postprocess": id},
    {"name": "item", "symbols": ["typeDecl"], "postprocess": id},
    {"name": "item", "symbols": ["optionsDecl"], "postprocess": id},
    {"name": "item", "symbols": ["machineDecl"], "postprocess": id},
    {"name": "item", "symbols": ["aliasDecl"], "postprocess": id},
    {"name": "importDecl", "symbols": [{"literal":"import"}, (lexer.has("string") ? {type: "string"} : string), {"literal":";"}], "postprocess": b.importDecl},
    {"name": "enumDecl", "symbols": [{"literal":"enum"}, {"literal":"{"}, "enumEntries", {"literal":"}"}, (lexer.has("ident") ? {type: "ident"} : ident), {"literal":";"}], "postprocess": b.enumDecl},
    {"name": "enumEntries$ebnf$1", "symbols": []},
    {"name": "enumEntries$ebnf$1$subexpression$1", "symbols": [{"literal":","}, "enumEntry"]},
    {"name": "enumEntries$ebnf$1", "symbols": ["enumEntries$ebnf$1", "enumEntries$ebnf$1$subexpression$1"], "postprocess": (d) => d[0].concat([d[1]])},
    {"name": "enumEntries$ebnf$2", "symbols": [{"literal":","}], "postprocess": id},
    {"name": "enumEntries$ebnf$2", "symbols": [], "postprocess": () => null},
    {"name": "enumEntries", "symbols": ["enumEntry", "enumEntries$ebnf$1", "enumEntries$ebnf$2"], "postprocess": b.commaList},
    {"name": "enumEntry", "symbols": [(lexer.has("ident") ? {type: "ident"} : ident), {"literal":"("}, "expr", {"literal":")"}], "postprocess": b.enumMember},
    {"name": "enumEntry", "symbols": [{"literal":"("}, "expr", {"literal":")"}], "postprocess": b.enumMax},
    {"name": "aliasDecl", "symbols": ["typeName", (lexer.has("ident") ? {type: "ident"} : ident), "shape", {"literal":";"}], "postprocess": b.aliasDecl},
    {"name": "structDecl$ebnf$1", "symbols": []},
    {"name": "structDecl$ebnf$1", "symbols": ["structDecl$ebnf$1", "field"], "postprocess": (d) => d[0].concat([d[1]])},
    {"name": "structDecl", "symbols": [{"literal":"struct"}, {"literal":"{"}, "structDecl$ebnf$1", {"literal":"}"}, (lexer.has("ident") ? {type: "ident"} : ident), {"literal":";"}], "postprocess": b.structDecl},
    {"name": "messageDecl$ebnf$1", "symbols": []},
    {"name": "messageDecl$ebnf$1", "symbols": ["messageDecl$ebnf$1", "field"], "postprocess": (d) => d[0].concat([d[1]])},
    {"name": "messageDecl", "symbols": [{"literal":"message"}, (lexer.has("ident") ? {type: "ident"} : ident), {"literal":"="}, "expr", {"literal":"{"}, "messageDecl$ebnf$1", {"literal":"}"}], "postprocess": b.messageDecl},
    {"name": "field", "symbols": ["typeName", (lexer.has("ident") ? {type: "ident"} : ident), "shape", "fieldDefault", {"literal":";"}], "postprocess": b.field},
    {"name": "field", "symbols": ["typeName", {"literal":"["}, "expr", {"literal":"]"}, (lexer.has("ident") ? {type: "ident"} : ident), {"literal":";"}], "postprocess": b.prefixFixedField},
    {"name": "field", "symbols": ["select", (lexer.has("ident") ? {type: "ident"} : ident), "shape", {"literal":";"}], "postprocess": b.selectField},
    {"name": "field", "symbols": ["select", {"literal":";"}], "postprocess": b.anonymousSelectField},
    {"name": "fieldDefault", "symbols": [], "postprocess": () => undefined},
    {"name": "fieldDefault", "symbols": [{"literal":"="}, "value"], "postprocess": (d) => d[1]},
    {"name": "shape", "symbols": [], "postprocess": b.shapeOne},
    {"name": "shape", "symbols": [{"literal":"["}, "expr", {"literal":"]"}], "postprocess": b.shapeFixed},
    {"name": "shape", "symbols": [{"literal":"<"}, "expr", {"literal":".."}, "expr", {"literal":">"}], "postprocess": b.shapeVector},
    {"name": "shape", "symbols": [{"literal":"["}, (lexer.has("ident") ? {type: "ident"} : ident), {"literal":":"}, "typeName", {"literal":"]"}], "postprocess": b.shapeCounted},
    {"name": "shape", "symbols": [{"literal":"["}, "dotted", {"literal":"]"}], "postprocess": b.shapeFieldCount},
    {"name": "shape", "symbols": [{"literal":"["}, {"literal":".."}, {"literal":"]"}], "postprocess": b.shapeRest},
    {"name": "typeName", "symbols": [(lexer.has("ident") ? {type: "ident"} : ident)], "postprocess": b.typeRef},
    {"name": "typeName", "symbols": [(lexer.has("namelist") ? {type: "namelist"} : namelist)], "postprocess": b.typeRef},
    {"name": "select$ebnf$1", "symbols": []},
    {"name": "select$ebnf$1", "symbols": ["select$ebnf$1", "selectCase"], "postprocess": (d) => d[0].concat([d[1]])},
    {"name": "select", "symbols": [{"literal":"select"}, {"literal":"("}, "dotted", {"literal":")"}, {"literal":"{"}, "select$ebnf$1", {"literal":"}"}], "postprocess": b.select},
    {"name": "dotted$ebnf$1", "symbols": []},
    {"name": "dotted$ebnf$1$subexpression$1", "symbols": [{"literal":"."}, (lexer.has("ident") ? {type: "ident"} : ident)]},
    {"name": "dotted$ebnf$1", "symbols": ["dotted$ebnf$1", "dotted$ebnf$1$subexpression$1"], "postprocess": (d) => d[0].concat([d[1]])},
    {"name": "dotted", "symbols": [(lexer.has("ident") ? {type: "ident"} : ident), "dotted$ebnf$1"], "postprocess": b.dotted},
    {"name": "selectCase", "symbols": [{"literal":"case"}, "caseLabels", {"literal":":"}, "typeName", {"literal":";"}], "postprocess": b.selectCase},
    {"name": "selectCase$ebnf$1", "symbols": ["field"]},
    {"name": "selectCase$ebnf$1", "symbols": ["selectCase$ebnf$1", "field"], "postprocess": (d) => d[0].concat([d[1]])},
    {"name": "selectCase", "symbols": [{"literal":"case"}, "caseLabels", {"literal":":"}, "selectCase$ebnf$1"], "postprocess": b.selectInlineCase},
    {"name": "selectCase$ebnf$2", "symbols": []},
    {"name": "selectCase$ebnf$2", "symbols": ["selectCase$ebnf$2", "field"], "postprocess": (d) => d[0].concat([d[1]])},
    {"name": "selectCase", "symbols": [{"literal":"case"}, "caseLabels", {"literal":":"}, {"literal":"struct"}, {"literal":"{"}, "selectCase$ebnf$2", {"literal":"}"}, {"literal":";"}], "postprocess": b.selectInlineStruct},
    {"name": "selectCase", "symbols": [{"literal":"default"}, {"literal":":"}, "typeName", {"literal":";"}], "postprocess": b.selectDefault},
    {"name": "selectCase$ebnf$3", "symbols": ["field"]},
    {"name": "selectCase$ebnf$3", "symbols": ["selectCase$ebnf$3", "field"], "postprocess": (d) => d[0].concat([d[1]])},
    {"name": "selectCase", "symbols": [{"literal":"default"}, {"literal":":"}, "selectCase$ebnf$3"], "postprocess": b.selectInlineDefault},
    {"name": "selectCase$ebnf$4", "symbols": []},
    {"name": "selectCase$ebnf$4", "symbols": ["selectCase$ebnf$4", "field"], "postprocess": (d) => d[0].concat([d[1]])},
    {"name": "selectCase", "symbols": [{"literal":"default"}, {"literal":":"}, {"literal":"struct"}, {"literal":"{"}, "selectCase$ebnf$4", {"literal":"}"}, {"literal":";"}], "postprocess": b.selectInlineDefaultStruct},
    {"name": "caseLabels$ebnf$1", "symbols": []},
    {"name": "caseLabels$ebnf$1$subexpression$1", "symbols": [{"literal":","}, "caseLabel"]},
    {"name": "caseLabels$ebnf$1", "symbols": ["caseLabels$ebnf$1", "caseLabels$ebnf$1$subexpression$1"], "postprocess": (d) => d[0].concat([d[1]])},
    {"name": "caseLabels", "symbols": ["caseLabel", "caseLabels$ebnf$1"], "postprocess": b.commaList},
    {"name": "caseLabel", "symbols": [(lexer.has("ident") ? {type: "ident"} : ident)], "postprocess": b.identValue},
    {"name": "caseLabel", "symbols": [(lexer.has("string") ? {type: "string"} : string)], "postprocess": b.stringValue},
    {"name": "caseLabel", "symbols": ["expr"], "postprocess": b.numberValue},
    {"name": "tableDecl$ebnf$1", "symbols": []},
    {"name": "tableDecl$ebnf$1", "symbols": ["tableDecl$ebnf$1", "column"], "postprocess": (d) => d[0].concat([d[1]])},
    {"name": "tableDecl$ebnf$2", "symbols": []},
    {"name": "tableDecl$ebnf$2", "symbols": ["tableDecl$ebnf$2", "row"], "postprocess": (d) => d[0].concat([d[1]])},
    {"name": "tableDecl", "symbols": [{"literal":"table"}, (lexer.has("ident") ? {type: "ident"} : ident), {"literal":"{"}, "tableDecl$ebnf$1", "tableDecl$ebnf$2", {"literal":"}"}], "postprocess": b.tableDecl},
    {"name": "column$ebnf$1", "symbols": [{"literal":"?"}], "postprocess": id},
    {"name": "column$ebnf$1", "symbols": [], "postprocess": () => null},
    {"name": "column$ebnf$2", "symbols": [{"literal":"key"}], "postprocess": id},
    {"name": "column$ebnf$2", "symbols": [], "postprocess": () => null},
    {"name": "column", "symbols": [(lexer.has("ident") ? {type: "ident"} : ident), {"literal":":"}, "columnType", "column$ebnf$1", "column$ebnf$2", {"literal":";"}], "postprocess": b.column},
    {"name": "columnType", "symbols": [(lexer.has("ident") ? {type: "ident"} : ident)], "postprocess": b.columnScalar},
    {"name": "columnType", "symbols": ["columnType", {"literal":"["}, {"literal":"]"}], "postprocess": b.columnList},
    {"name": "row$ebnf$1", "symbols": []},
    {"name": "row$ebnf$1$subexpression$1", "symbols": [{"literal":","}, "value"]},
    {"name": "row$ebnf$1", "symbols": ["row$ebnf$1", "row$ebnf$1$subexpression$1"], "postprocess": (d) => d[0].concat([d[1]])},
    {"name": "row", "symbols": ["value", "row$ebnf$1", {"literal":";"}], "postprocess": b.row},
    {"name": "value", "symbols": [(lexer.has("ident") ? {type: "ident"} : ident)], "postprocess": b.identValue},
    {"name": "value", "symbols": [(lexer.has("string") ? {type: "string"} : string)], "postprocess": b.stringValue},
    {"name": "value", "symbols": ["signedExpr"], "postprocess": b.numberValue},
    {"name": "value", "symbols": [{"literal":"-"}], "postprocess": b.absentValue},
    {"name": "value", "symbols": [{"literal":"["}, {"literal":"]"}], "postprocess": b.emptyList},
    {"name": "value$ebnf$1", "symbols": []},
    {"name": "value$ebnf$1$subexpression$1", "symbols": [{"literal":","}, "value"]},
    {"name": "value$ebnf$1", "symbols": ["value$ebnf$1", "value$ebnf$1$subexpression$1"], "postprocess": (d) => d[0].concat([d[1]])},
    {"name": "value", "symbols": [{"literal":"["}, "value", "value$ebnf$1", {"literal":"]"}], "postprocess": b.listValue},
    {"name": "value$ebnf$2", "symbols": []},
    {"name": "value$ebnf$2$subexpression$1", "symbols": [{"literal":","}, "value"]},
    {"name": "value$ebnf$2", "symbols": ["value$ebnf$2", "value$ebnf$2$subexpression$1"], "postprocess": (d) => d[0].concat([d[1]])},
    {"name": "value", "symbols": [{"literal":"{"}, "value", "value$ebnf$2", {"literal":"}"}], "postprocess": b.tupleValue},
    {"name": "typeDecl", "symbols": [{"literal":"type"}, (lexer.has("ident") ? {type: "ident"} : ident), {"literal":"="}, "optType", {"literal":";"}], "postprocess": b.typeDecl},
    {"name": "optionsDecl$ebnf$1", "symbols": []},
    {"name": "optionsDecl$ebnf$1", "symbols": ["optionsDecl$ebnf$1", "optionItem"], "postprocess": (d) => d[0].concat([d[1]])},
    {"name": "optionsDecl", "symbols": [{"literal":"options"}, (lexer.has("ident") ? {type: "ident"} : ident), {"literal":"{"}, "optionsDecl$ebnf$1", {"literal":"}"}], "postprocess": b.optionsDecl},
    {"name": "optionItem$ebnf$1", "symbols": ["role"], "postprocess": id},
    {"name": "optionItem$ebnf$1", "symbols": [], "postprocess": () => null},
    {"name": "optionItem$ebnf$2", "symbols": [(lexer.has("string") ? {type: "string"} : string)], "postprocess": id},
    {"name": "optionItem$ebnf$2", "symbols": [], "postprocess": () => null},
    {"name": "optionItem", "symbols": ["optionItem$ebnf$1", (lexer.has("ident") ? {type: "ident"} : ident), {"literal":":"}, "optType", "fieldDefault", "optionItem$ebnf$2", {"literal":";"}], "postprocess": b.option},
    {"name": "optionItem", "symbols": [{"literal":"exclusive"}, {"literal":"("}, "identList", {"literal":")"}, {"literal":";"}], "postprocess": b.exclusive},
    {"name": "optionItem", "symbols": [{"literal":"requires"}, {"literal":"("}, (lexer.has("ident") ? {type: "ident"} : ident), {"literal":","}, "condition", {"literal":")"}, {"literal":";"}], "postprocess": b.requires},
    {"name": "role", "symbols": [{"literal":"client"}], "postprocess": id},
    {"name": "role", "symbols": [{"literal":"server"}], "postprocess": id},
    {"name": "condition", "symbols": [(lexer.has("ident") ? {type: "ident"} : ident)], "postprocess": b.conditionPresent},
    {"name": "condition", "symbols": [(lexer.has("ident") ? {type: "ident"} : ident), {"literal":"=="}, "value"], "postprocess": b.conditionCompare},
    {"name": "condition", "symbols": [(lexer.has("ident") ? {type: "ident"} : ident), {"literal":"!="}, "value"], "postprocess": b.conditionCompare},
    {"name": "optType$ebnf$1", "symbols": []},
    {"name": "optType$ebnf$1$subexpression$1", "symbols": [{"literal":"|"}, "optPostfix"]},
    {"name": "optType$ebnf$1", "symbols": ["optType$ebnf$1", "optType$ebnf$1$subexpression$1"], "postprocess": (d) => d[0].concat([d[1]])},
    {"name": "optType", "symbols": ["optPostfix", "optType$ebnf$1"], "postprocess": b.optUnion},
    {"name": "optPostfix", "symbols": ["optAtom"], "postprocess": id},
    {"name": "optPostfix", "symbols": ["optPostfix", {"literal":"["}, {"literal":"]"}], "postprocess": b.optList},
    {"name": "optAtom", "symbols": [(lexer.has("ident") ? {type: "ident"} : ident)], "postprocess": b.optWord},
    {"name": "optAtom$ebnf$1", "symbols": ["signedExpr"], "postprocess": id},
    {"name": "optAtom$ebnf$1", "symbols": [], "postprocess": () => null},
    {"name": "optAtom$ebnf$2", "symbols": ["signedExpr"], "postprocess": id},
    {"name": "optAtom$ebnf$2", "symbols": [], "postprocess": () => null},
    {"name": "optAtom", "symbols": [(lexer.has("ident") ? {type: "ident"} : ident), {"literal":"("}, "optAtom$ebnf$1", {"literal":".."}, "optAtom$ebnf$2", {"literal":")"}], "postprocess": b.optRange},
    {"name": "optAtom", "symbols": [(lexer.has("string") ? {type: "string"} : string)], "postprocess": b.optString},
    {"name": "optAtom", "symbols": ["number"], "postprocess": b.optNumber},
    {"name": "optAtom", "symbols": [{"literal":"-"}, "number"], "postprocess": b.optNegNumber},
    {"name": "optAtom$ebnf$3", "symbols": []},
    {"name": "optAtom$ebnf$3$subexpression$1", "symbols": [{"literal":","}, "optType"]},
    {"name": "optAtom$ebnf$3", "symbols": ["optAtom$ebnf$3", "optAtom$ebnf$3$subexpression$1"], "postprocess": (d) => d[0].concat([d[1]])},
    {"name": "optAtom", "symbols": [{"literal":"{"}, "optType", "optAtom$ebnf$3", {"literal":"}"}], "postprocess": b.optTuple},
    {"name": "optAtom", "symbols": [{"literal":"("}, "optType", {"literal":")"}], "postprocess": (d) => d[1]},
    {"name": "machineDecl$ebnf$1", "symbols": []},
    {"name": "machineDecl$ebnf$1", "symbols": ["machineDecl$ebnf$1", "machineItem"], "postprocess": (d) => d[0].concat([d[1]])},
    {"name": "machineDecl", "symbols": [{"literal":"machine"}, (lexer.has("ident") ? {type: "ident"} : ident), "machineEnum", {"literal":"{"}, "machineDecl$ebnf$1", {"literal":"}"}], "postprocess": b.machineDecl},
    {"name": "machineEnum", "symbols": [], "postprocess": () => undefined},
    {"name": "machineEnum", "symbols": [{"literal":":"}, "typeName"], "postprocess": (d) => d[1]},
    {"name": "machineItem", "symbols": [{"literal":"messages"}, {"literal":"{"}, "identList", {"literal":"}"}], "postprocess": b.machineMessages},
    {"name": "machineItem", "symbols": [{"literal":"initial"}, (lexer.has("ident") ? {type: "ident"} : ident), {"literal":";"}], "postprocess": b.machineInitial},
    {"name": "machineItem", "symbols": [{"literal":"final"}, "identList", {"literal":";"}], "postprocess": b.machineFinal},
    {"name": "machineItem", "symbols": [(lexer.has("ident") ? {type: "ident"} : ident), "direction", (lexer.has("ident") ? {type: "ident"} : ident), {"literal":"->"}, "nextStates", (lexer.has("ident") ? {type: "ident"} : ident), {"literal":";"}], "postprocess": b.machineRow},
    {"name": "direction", "symbols": [{"literal":"send"}], "postprocess": id},
    {"name": "direction", "symbols": [{"literal":"recv"}], "postprocess": id},
    {"name": "nextStates$ebnf$1", "symbols": []},
    {"name": "nextStates$ebnf$1$subexpression$1", "symbols": [{"literal":"|"}, (lexer.has("ident") ? {type: "ident"} : ident)]},
    {"name": "nextStates$ebnf$1", "symbols": ["nextStates$ebnf$1", "nextStates$ebnf$1$subexpression$1"], "postprocess": (d) => d[0].concat([d[1]])},
    {"name": "nextStates", "symbols": [(lexer.has("ident") ? {type: "ident"} : ident), "nextStates$ebnf$1"], "postprocess": b.tokenList},
    {"name": "identList$ebnf$1", "symbols": []},
    {"name": "identList$ebnf$1$subexpression$1", "symbols": [{"literal":","}, (lexer.has("ident") ? {type: "ident"} : ident)]},
    {"name": "identList$ebnf$1", "symbols": ["identList$ebnf$1", "identList$ebnf$1$subexpression$1"], "postprocess": (d) => d[0].concat([d[1]])},
    {"name": "identList", "symbols": [(lexer.has("ident") ? {type: "ident"} : ident), "identList$ebnf$1"], "postprocess": b.tokenList},
    {"name": "signedExpr", "symbols": ["expr"], "postprocess": id},
    {"name": "signedExpr", "symbols": [{"literal":"-"}, "expr"], "postprocess": b.negate},
    {"name": "expr", "symbols": ["expr", {"literal":"+"}, "term"], "postprocess": b.binary},
    {"name": "expr", "symbols": ["expr", {"literal":"-"}, "term"], "postprocess": b.binary},
    {"name": "expr", "symbols": ["term"], "postprocess": id},
    {"name": "term", "symbols": ["term", {"literal":"*"}, "power"], "postprocess": b.binary},
    {"name": "term", "symbols": ["power"], "postprocess": id},
    {"name": "power", "symbols": ["primary", {"literal":"^"}, "power"], "postprocess": b.binary},
    {"name": "power", "symbols": ["primary"], "postprocess": id},
    {"name": "primary", "symbols": ["number"], "postprocess": id},
    {"name": "primary", "symbols": [{"literal":"("}, "expr", {"literal":")"}], "postprocess": (d) => d[1]},
    {"name": "number", "symbols": [(lexer.has("number") ? {type: "number"} : number)], "postprocess": b.numberLit},
    {"name": "number", "symbols": [(lexer.has("hex") ? {type: "hex"} : hex)], "postprocess": b.numberLit}
  ],
  ParserStart: "file",
};

export default grammar;
