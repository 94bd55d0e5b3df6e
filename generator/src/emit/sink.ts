// Collects what the emitters add to a module and writes it into the ts-morph source file in one
// step. ts-morph re-parses a file after every manipulation, so adding declarations one at a time
// costs time quadratic in the file's size; one addStatements call costs one parse.
import {
  type FunctionDeclarationStructure,
  type InterfaceDeclarationStructure,
  type OptionalKind,
  type SourceFile,
  type StatementStructures,
  StructureKind,
  type TypeAliasDeclarationStructure,
  type VariableStatementStructure,
  type WriterFunction,
} from 'ts-morph';

type Statement = string | WriterFunction | StatementStructures;

export class StatementSink {
  private readonly statements: Statement[] = [];

  addFunction(s: OptionalKind<FunctionDeclarationStructure>): void {
    this.statements.push({ ...s, kind: StructureKind.Function });
  }

  addInterface(s: OptionalKind<InterfaceDeclarationStructure>): void {
    this.statements.push({ ...s, kind: StructureKind.Interface });
  }

  addTypeAlias(s: OptionalKind<TypeAliasDeclarationStructure>): void {
    this.statements.push({ ...s, kind: StructureKind.TypeAlias });
  }

  addVariableStatement(s: OptionalKind<VariableStatementStructure>): void {
    this.statements.push({ ...s, kind: StructureKind.VariableStatement });
  }

  addStatements(s: string | WriterFunction | (string | WriterFunction | StatementStructures)[]): void {
    if (Array.isArray(s)) this.statements.push(...s);
    else this.statements.push(s);
  }

  /** Write everything collected at the end of `file`. */
  flushInto(file: SourceFile): void {
    if (this.statements.length) file.addStatements(this.statements);
    this.statements.length = 0;
  }
}
