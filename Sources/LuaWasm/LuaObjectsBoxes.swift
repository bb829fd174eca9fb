// The Swift sides of the Lua objects.
import CLua
import CLuaShims
import Synchronization
import WasmInterpreter
import WasmInterpreterWASI

/// The `T` of every `Store` created from Lua: where the Lua side of a running call lives.
final class LuaStoreState {
    /// The Lua thread currently running this store's Wasm code, and the absolute stack index of
    /// the store's anchor table on it (set around every call into Wasm, restored after).
    var L: LState?
    var anchors: Int32 = 0
    /// Stack room a host function needs no `lua_checkstack` for: on `L`, up to index
    /// `reservedTop`, which the innermost Lua -> Wasm call into this store (a C function that Lua
    /// keeps that room for while it runs) reserved with `lua_checkstack`; 0 for none. Set with `L`
    /// by every entry into the store (`callFunction` sets it, `enterStore` clears it: hooks and
    /// host functions reached from there check the stack), restored with it.
    var reservedTop: Int32 = 0
    /// Next anchor key for an externref made from a Lua value.
    var nextExternKey: lua_Integer = 1 << 40
    /// Back reference; the box owns the store, which owns this state.
    unowned(unsafe) var box: StoreBox!
    /// The WASI state `store:set_wasi` made (what `linker:define_wasi`'s functions use).
    var wasi: WASIContext?
    /// Whether the Lua call hook takes a second parameter (what is being called).
    var hookWantsTarget = false
    /// The function the current Lua -> Wasm call entered (for a two-parameter hook's
    /// `{name = ...}`) and the stack index of its userdata on `L` (0: none); set around every
    /// call, so both are valid while set.
    unowned(unsafe) var entry: FuncBox?
    var entryObject: Int32 = 0
    /// Whether the running host function may suspend the Wasm call (`wasm.yield`).
    var yieldContext = YieldContext.none
    /// `store:yield_interval`: fuel units between yields of a Wasm call running in a coroutine.
    var yieldInterval: UInt64?
    /// The fuel held back from the store while a slice of `yieldInterval` runs (part of the
    /// store's fuel as Lua sees it).
    var fuelReserve: UInt64 = 0
}

/// What a `wasm.yield` returned by a host function would suspend.
enum YieldContext {
    /// No Wasm call of a coroutine: a call from the main thread (or a non-yieldable C call).
    case none
    /// The outermost Wasm call of a coroutine: it can suspend.
    case coroutine
    /// A Wasm call made by a host function (or hook) while another Wasm call runs.
    case nested
}

/// Keys of a store's anchor table below the host-function ids.
enum StoreAnchor {
    static let hook = lua_Integer(SWL_ANCHOR_HOOK)
    static let data: lua_Integer = 2
    static let caller: lua_Integer = 3
    static let store: lua_Integer = 4
    /// 5...8: the event names passed to a Lua call hook, in `CallHook` order (pushed from here:
    /// making the Lua string on every crossing cost more than the rest of the hook).
    static func hookEventName(_ kind: CallHook) -> lua_Integer {
        switch kind {
        case .callingWasm: 5
        case .returningFromWasm: 6
        case .callingHost: 7
        case .returningFromHost: 8
        }
    }
    /// The hook's runner for Lua host functions (`swl_hooked_call` or `swl_hooked_call_target`,
    /// with this table and the host event names as upvalues), made when the hook is set.
    static let hostCallRunner: lua_Integer = 9
}

final class EngineBox {
    let engine: Engine
    init(_ engine: Engine) { self.engine = engine }
}

final class StoreBox {
    /// nil once closed: the Swift store and everything in it is freed then.
    var store: Store<LuaStoreState>?
    let engine: Engine
    init(engine: Engine) {
        self.engine = engine
        let state = LuaStoreState()
        store = Store(engine: engine, data: state)
        state.box = self
    }
}

final class ModuleBox {
    let module: Module
    init(_ module: Module) { self.module = module }
}

final class LinkerBox {
    let linker: Linker<LuaStoreState>
    /// Ids of the Lua host functions defined, anchored under the same keys in the linker's and
    /// (once instantiated there) each store's anchor table.
    var hostIDs: [lua_Integer] = []
    init(_ engine: Engine) { linker = Linker(engine: engine) }
}

final class FuncBox {
    let function: Func
    let type: FuncType
    /// What messages call it: the export name, `funcref` or `host function`.
    let name: String
    /// The name under which its instance exports it (what a two-parameter call hook sees), if known.
    let exportName: String?
    let storeBox: StoreBox
    init(_ function: Func, type: FuncType, name: String, exportName: String?, storeBox: StoreBox) {
        self.function = function
        self.type = type
        self.name = name
        self.exportName = exportName
        self.storeBox = storeBox
    }
}

/// An object of a store as a Lua userdata holds it: its handle (an `Instance`, `Memory`,
/// `Global`, `Table`, or a `WASIContext`) and the box of the store it belongs to.
final class StoreObjectBox<Handle> {
    let handle: Handle
    let storeBox: StoreBox
    init(_ handle: Handle, storeBox: StoreBox) {
        self.handle = handle
        self.storeBox = storeBox
    }
}

typealias InstanceBox = StoreObjectBox<Instance>
typealias MemoryBox = StoreObjectBox<Memory>
typealias GlobalBox = StoreObjectBox<Global>
typealias TableBox = StoreObjectBox<Table>

/// The `caller` object host functions receive; valid only during that host call.
final class CallerBox {
    var caller: Caller<LuaStoreState>?
}

/// Host function ids are unique per process, so one store can hold functions of many linkers.
private let hostIDs = Atomic<Int64>(100)

/// A new host function id (anchor key).
func makeHostID() -> lua_Integer { lua_Integer(hostIDs.wrappingAdd(1, ordering: .relaxed).oldValue) }

extension StoreBox {
    func open(_ function: String) throws -> Store<LuaStoreState> {
        guard let store else { throw LuaError("\(function): the store is closed") }
        return store
    }
}
