/// Anything that can be imported or exported.
public enum Extern: Sendable, Equatable {
    case function(Func)
    case table(Table)
    case memory(Memory)
    case global(Global)
}
