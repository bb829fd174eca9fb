/// Per-opcode properties, one exhaustive switch each (no `default:`, so a new opcode that is not
/// described here does not compile).
extension Opcode {
    /// The function that executes this opcode (`<opcode>Handler`, Execution/Handlers+*.swift).
    /// Opcodes that do the same thing share one: the optimizer would otherwise fold the copies
    /// into calls of one body, which are not tail calls (see `scripts/check-tail-calls`).
    var handler: Handler {
        switch self {
        case .store8Indexed: store8IndexedHandler
        case .store16Indexed: store16IndexedHandler
        case .store32Indexed: store32IndexedHandler
        case .store64Indexed: store64IndexedHandler
        case .store8ImmIndexed: store8ImmIndexedHandler
        case .store16ImmIndexed: store16ImmIndexedHandler
        case .store32ImmIndexed: store32ImmIndexedHandler
        case .load32Indexed: load32IndexedHandler
        case .load64Indexed: load64IndexedHandler
        case .loadF64Indexed: loadF64IndexedHandler
        case .load8S32Indexed: load8S32IndexedHandler
        case .load8U32Indexed: load8U32IndexedHandler
        case .load16S32Indexed: load16S32IndexedHandler
        case .load16U32Indexed: load16U32IndexedHandler
        case .incBrIfNez: incBrIfNezHandler
        case .incBrIfEqz: incBrIfEqzHandler
        case .incBrI32Eq: incBrI32EqHandler
        case .incBrI32Ne: incBrI32NeHandler
        case .incBrI32LtS: incBrI32LtSHandler
        case .incBrI32LtU: incBrI32LtUHandler
        case .incBrI32GtS: incBrI32GtSHandler
        case .incBrI32GtU: incBrI32GtUHandler
        case .incBrI32LeS: incBrI32LeSHandler
        case .incBrI32LeU: incBrI32LeUHandler
        case .incBrI32GeS: incBrI32GeSHandler
        case .incBrI32GeU: incBrI32GeUHandler
        case .incBrI32EqImm: incBrI32EqImmHandler
        case .incBrI32NeImm: incBrI32NeImmHandler
        case .incBrI32LtSImm: incBrI32LtSImmHandler
        case .incBrI32LtUImm: incBrI32LtUImmHandler
        case .incBrI32GtSImm: incBrI32GtSImmHandler
        case .incBrI32GtUImm: incBrI32GtUImmHandler
        case .incBrI32LeSImm: incBrI32LeSImmHandler
        case .incBrI32LeUImm: incBrI32LeUImmHandler
        case .incBrI32GeSImm: incBrI32GeSImmHandler
        case .incBrI32GeUImm: incBrI32GeUImmHandler
        case .loadF64: loadF64Handler
        case .f64AddImm: f64AddImmHandler
        case .f64SubImm: f64SubImmHandler
        case .f64MulImm: f64MulImmHandler
        case .f64DivImm: f64DivImmHandler
        case .loadF64Acc: loadF64AccHandler
        case .i32SubRhsAcc: i32SubRhsAccHandler
        case .i64SubRhsAcc: i64SubRhsAccHandler
        case .f64SubRhsAcc: f64SubRhsAccHandler
        case .f64DivRhsAcc: f64DivRhsAccHandler
        case .f64AddImmAcc: f64AddImmAccHandler
        case .f64SubImmAcc: f64SubImmAccHandler
        case .f64MulImmAcc: f64MulImmAccHandler
        case .f64DivImmAcc: f64DivImmAccHandler
        case .unreachable: unreachableHandler
        case .copy: copyHandler
        case .const: constHandler
        case .zeroSlots: zeroSlotsHandler
        case .consumeFuel: consumeFuelHandler
        case .br: brHandler
        case .brIfNez: brIfNezHandler
        case .brIfEqz: brIfEqzHandler
        case .brTable: brTableHandler
        case .ret: retHandler
        case .ret1: ret1Handler
        case .call: callHandler
        case .callIndirect: callIndirectHandler
        case .select: selectHandler
        case .globalGet: globalGetHandler
        case .globalSet: globalSetHandler
        case .brI32Eq: brI32EqHandler
        case .brI32Ne: brI32NeHandler
        case .brI32LtS: brI32LtSHandler
        case .brI32LtU: brI32LtUHandler
        case .brI32GtS: brI32GtSHandler
        case .brI32GtU: brI32GtUHandler
        case .brI32LeS: brI32LeSHandler
        case .brI32LeU: brI32LeUHandler
        case .brI32GeS: brI32GeSHandler
        case .brI32GeU: brI32GeUHandler
        case .brI32EqImm: brI32EqImmHandler
        case .brI32NeImm: brI32NeImmHandler
        case .brI32LtSImm: brI32LtSImmHandler
        case .brI32LtUImm: brI32LtUImmHandler
        case .brI32GtSImm: brI32GtSImmHandler
        case .brI32GtUImm: brI32GtUImmHandler
        case .brI32LeSImm: brI32LeSImmHandler
        case .brI32LeUImm: brI32LeUImmHandler
        case .brI32GeSImm: brI32GeSImmHandler
        case .brI32GeUImm: brI32GeUImmHandler
        case .brI64Eq: brI64EqHandler
        case .brI64Ne: brI64NeHandler
        case .brI64LtS: brI64LtSHandler
        case .brI64LtU: brI64LtUHandler
        case .brI64GtS: brI64GtSHandler
        case .brI64GtU: brI64GtUHandler
        case .brI64LeS: brI64LeSHandler
        case .brI64LeU: brI64LeUHandler
        case .brI64GeS: brI64GeSHandler
        case .brI64GeU: brI64GeUHandler
        case .i32Add: i32AddHandler
        case .i32Sub: i32SubHandler
        case .i32Mul: i32MulHandler
        case .i32DivS: i32DivSHandler
        case .i32DivU: i32DivUHandler
        case .i32RemS: i32RemSHandler
        case .i32RemU: i32RemUHandler
        case .i32And: i32AndHandler
        case .i32Or: i32OrHandler
        case .i32Xor: i32XorHandler
        case .i32Shl: i32ShlHandler
        case .i32ShrS: i32ShrSHandler
        case .i32ShrU: i32ShrUHandler
        case .i32Rotl: i32RotlHandler
        case .i32Rotr: i32RotrHandler
        case .i32AddImm: i32AddImmHandler
        case .i32SubImm: i32SubImmHandler
        case .i32MulImm: i32MulImmHandler
        case .i32DivSImm: i32DivSImmHandler
        case .i32DivUImm: i32DivUImmHandler
        case .i32RemSImm: i32RemSImmHandler
        case .i32RemUImm: i32RemUImmHandler
        case .i32AndImm: i32AndImmHandler
        case .i32OrImm: i32OrImmHandler
        case .i32XorImm: i32XorImmHandler
        case .i32ShlImm: i32ShlImmHandler
        case .i32ShrSImm: i32ShrSImmHandler
        case .i32ShrUImm: i32ShrUImmHandler
        case .i32RotlImm: i32RotlImmHandler
        case .i32RotrImm: i32RotrImmHandler
        case .i64Add: i64AddHandler
        case .i64Sub: i64SubHandler
        case .i64Mul: i64MulHandler
        case .i64DivS: i64DivSHandler
        case .i64DivU: i64DivUHandler
        case .i64RemS: i64RemSHandler
        case .i64RemU: i64RemUHandler
        case .i64And: i64AndHandler
        case .i64Or: i64OrHandler
        case .i64Xor: i64XorHandler
        case .i64Shl: i64ShlHandler
        case .i64ShrS: i64ShrSHandler
        case .i64ShrU: i64ShrUHandler
        case .i64Rotl: i64RotlHandler
        case .i64Rotr: i64RotrHandler
        case .i64AddImm: i64AddImmHandler
        case .i64SubImm: i64SubImmHandler
        case .i64MulImm: i64MulImmHandler
        case .i64DivSImm: i64DivSImmHandler
        case .i64DivUImm: i64DivUImmHandler
        case .i64RemSImm: i64RemSImmHandler
        case .i64RemUImm: i64RemUImmHandler
        case .i64AndImm: i64AndImmHandler
        case .i64OrImm: i64OrImmHandler
        case .i64XorImm: i64XorImmHandler
        case .i64ShlImm: i64ShlImmHandler
        case .i64ShrSImm: i64ShrSImmHandler
        case .i64ShrUImm: i64ShrUImmHandler
        case .i64RotlImm: i64RotlImmHandler
        case .i64RotrImm: i64RotrImmHandler
        case .i32Eqz: i32EqzHandler
        case .i32Eq: i32EqHandler
        case .i32Ne: i32NeHandler
        case .i32LtS: i32LtSHandler
        case .i32LtU: i32LtUHandler
        case .i32GtS: i32GtSHandler
        case .i32GtU: i32GtUHandler
        case .i32LeS: i32LeSHandler
        case .i32LeU: i32LeUHandler
        case .i32GeS: i32GeSHandler
        case .i32GeU: i32GeUHandler
        case .i32EqImm: i32EqImmHandler
        case .i32NeImm: i32NeImmHandler
        case .i32LtSImm: i32LtSImmHandler
        case .i32LtUImm: i32LtUImmHandler
        case .i32GtSImm: i32GtSImmHandler
        case .i32GtUImm: i32GtUImmHandler
        case .i32LeSImm: i32LeSImmHandler
        case .i32LeUImm: i32LeUImmHandler
        case .i32GeSImm: i32GeSImmHandler
        case .i32GeUImm: i32GeUImmHandler
        case .i64Eqz: i64EqzHandler
        case .i64Eq: i64EqHandler
        case .i64Ne: i64NeHandler
        case .i64LtS: i64LtSHandler
        case .i64LtU: i64LtUHandler
        case .i64GtS: i64GtSHandler
        case .i64GtU: i64GtUHandler
        case .i64LeS: i64LeSHandler
        case .i64LeU: i64LeUHandler
        case .i64GeS: i64GeSHandler
        case .i64GeU: i64GeUHandler
        case .f32Eq: f32EqHandler
        case .f32Ne: f32NeHandler
        case .f32Lt: f32LtHandler
        case .f32Gt: f32GtHandler
        case .f32Le: f32LeHandler
        case .f32Ge: f32GeHandler
        case .f64Eq: f64EqHandler
        case .f64Ne: f64NeHandler
        case .f64Lt: f64LtHandler
        case .f64Gt: f64GtHandler
        case .f64Le: f64LeHandler
        case .f64Ge: f64GeHandler
        case .i32Clz: i32ClzHandler
        case .i32Ctz: i32CtzHandler
        case .i32Popcnt: i32PopcntHandler
        case .i64Clz: i64ClzHandler
        case .i64Ctz: i64CtzHandler
        case .i64Popcnt: i64PopcntHandler
        case .i32Extend8S: i32Extend8SHandler
        case .i32Extend16S: i32Extend16SHandler
        case .i64Extend8S: i64Extend8SHandler
        case .i64Extend16S: i64Extend16SHandler
        case .i64Extend32S: i64Extend32SHandler
        case .f32Abs: f32AbsHandler
        case .f32Neg: f32NegHandler
        case .f32Ceil: f32CeilHandler
        case .f32Floor: f32FloorHandler
        case .f32Trunc: f32TruncHandler
        case .f32Nearest: f32NearestHandler
        case .f32Sqrt: f32SqrtHandler
        case .f64Abs: f64AbsHandler
        case .f64Neg: f64NegHandler
        case .f64Ceil: f64CeilHandler
        case .f64Floor: f64FloorHandler
        case .f64Trunc: f64TruncHandler
        case .f64Nearest: f64NearestHandler
        case .f64Sqrt: f64SqrtHandler
        case .f32Add: f32AddHandler
        case .f32Sub: f32SubHandler
        case .f32Mul: f32MulHandler
        case .f32Div: f32DivHandler
        case .f32Min: f32MinHandler
        case .f32Max: f32MaxHandler
        case .f32Copysign: f32CopysignHandler
        case .f64Add: f64AddHandler
        case .f64Sub: f64SubHandler
        case .f64Mul: f64MulHandler
        case .f64Div: f64DivHandler
        case .f64Min: f64MinHandler
        case .f64Max: f64MaxHandler
        case .f64Copysign: f64CopysignHandler
        case .i32WrapI64: i32WrapI64Handler
        case .i64ExtendI32S: i64Extend32SHandler  // same operation
        case .i64ExtendI32U: i32WrapI64Handler  // same operation
        case .i32TruncF32S: truncateHandler  // kind in c
        case .i32TruncF32U: truncateHandler  // kind in c
        case .i32TruncF64S: truncateHandler  // kind in c
        case .i32TruncF64U: truncateHandler  // kind in c
        case .i64TruncF32S: truncateHandler  // kind in c
        case .i64TruncF32U: truncateHandler  // kind in c
        case .i64TruncF64S: truncateHandler  // kind in c
        case .i64TruncF64U: truncateHandler  // kind in c
        case .i32TruncSatF32S: i32TruncSatF32SHandler
        case .i32TruncSatF32U: i32TruncSatF32UHandler
        case .i32TruncSatF64S: i32TruncSatF64SHandler
        case .i32TruncSatF64U: i32TruncSatF64UHandler
        case .i64TruncSatF32S: i64TruncSatF32SHandler
        case .i64TruncSatF32U: i64TruncSatF32UHandler
        case .i64TruncSatF64S: i64TruncSatF64SHandler
        case .i64TruncSatF64U: i64TruncSatF64UHandler
        case .f32ConvertI32S: f32ConvertI32SHandler
        case .f32ConvertI32U: f32ConvertI32UHandler
        case .f32ConvertI64S: f32ConvertI64SHandler
        case .f32ConvertI64U: f32ConvertI64UHandler
        case .f32DemoteF64: f32DemoteF64Handler
        case .f64ConvertI32S: f64ConvertI32SHandler
        case .f64ConvertI32U: f64ConvertI32UHandler
        case .f64ConvertI64S: f64ConvertI64SHandler
        case .f64ConvertI64U: f64ConvertI64UHandler
        case .f64PromoteF32: f64PromoteF32Handler
        case .load32: load32Handler
        case .load64: load64Handler
        case .load8S32: load8S32Handler
        case .load8U32: load8U32Handler
        case .load16S32: load16S32Handler
        case .load16U32: load16U32Handler
        case .load8S64: load8S64Handler
        case .load8U64: load8U32Handler  // same operation
        case .load16S64: load16S64Handler
        case .load16U64: load16U32Handler  // same operation
        case .load32S64: load32S64Handler
        case .load32U64: load32Handler  // same operation
        case .store8: store8Handler
        case .store16: store16Handler
        case .store32: store32Handler
        case .store64: store64Handler
        case .store8Imm: store8ImmHandler
        case .store16Imm: store16ImmHandler
        case .store32Imm: store32ImmHandler
        case .memorySize: memorySizeHandler
        case .memoryGrow: memoryGrowHandler
        case .memoryFill: memoryFillHandler
        case .memoryCopy: memoryCopyHandler
        case .memoryInit: memoryInitHandler
        case .dataDrop: dataDropHandler
        case .tableGet: tableGetHandler
        case .tableSet: tableSetHandler
        case .tableSize: tableSizeHandler
        case .tableGrow: tableGrowHandler
        case .tableFill: tableFillHandler
        case .tableCopy: tableCopyHandler
        case .tableInit: tableInitHandler
        case .elemDrop: elemDropHandler
        case .refFunc: refFuncHandler
        case .refIsNull: refIsNullHandler
        case .selectAcc: selectAccHandler
        case .i32AddAcc: i32AddAccHandler
        case .i32AddImmAcc: i32AddImmAccHandler
        case .i32SubAcc: i32SubAccHandler
        case .i32SubImmAcc: i32SubImmAccHandler
        case .i32MulAcc: i32MulAccHandler
        case .i32MulImmAcc: i32MulImmAccHandler
        case .i32AndAcc: i32AndAccHandler
        case .i32AndImmAcc: i32AndImmAccHandler
        case .i32OrAcc: i32OrAccHandler
        case .i32OrImmAcc: i32OrImmAccHandler
        case .i32XorAcc: i32XorAccHandler
        case .i32XorImmAcc: i32XorImmAccHandler
        case .i32ShlAcc: i32ShlAccHandler
        case .i32ShlImmAcc: i32ShlImmAccHandler
        case .i32ShrSAcc: i32ShrSAccHandler
        case .i32ShrSImmAcc: i32ShrSImmAccHandler
        case .i32ShrUAcc: i32ShrUAccHandler
        case .i32ShrUImmAcc: i32ShrUImmAccHandler
        case .i32RotlAcc: i32RotlAccHandler
        case .i32RotlImmAcc: i32RotlImmAccHandler
        case .i32RotrAcc: i32RotrAccHandler
        case .i32RotrImmAcc: i32RotrImmAccHandler
        case .i64AddAcc: i64AddAccHandler
        case .i64AddImmAcc: i64AddImmAccHandler
        case .i64SubAcc: i64SubAccHandler
        case .i64SubImmAcc: i64SubImmAccHandler
        case .i64MulAcc: i64MulAccHandler
        case .i64MulImmAcc: i64MulImmAccHandler
        case .i64AndAcc: i64AndAccHandler
        case .i64AndImmAcc: i64AndImmAccHandler
        case .i64OrAcc: i64OrAccHandler
        case .i64OrImmAcc: i64OrImmAccHandler
        case .i64XorAcc: i64XorAccHandler
        case .i64XorImmAcc: i64XorImmAccHandler
        case .i64ShlAcc: i64ShlAccHandler
        case .i64ShlImmAcc: i64ShlImmAccHandler
        case .i64ShrSAcc: i64ShrSAccHandler
        case .i64ShrSImmAcc: i64ShrSImmAccHandler
        case .i64ShrUAcc: i64ShrUAccHandler
        case .i64ShrUImmAcc: i64ShrUImmAccHandler
        case .i64RotlAcc: i64RotlAccHandler
        case .i64RotlImmAcc: i64RotlImmAccHandler
        case .i64RotrAcc: i64RotrAccHandler
        case .i64RotrImmAcc: i64RotrImmAccHandler
        case .i32EqAcc: i32EqAccHandler
        case .i32EqImmAcc: i32EqImmAccHandler
        case .i64EqAcc: i64EqAccHandler
        case .i32NeAcc: i32NeAccHandler
        case .i32NeImmAcc: i32NeImmAccHandler
        case .i64NeAcc: i64NeAccHandler
        case .i32LtSAcc: i32LtSAccHandler
        case .i32LtSImmAcc: i32LtSImmAccHandler
        case .i64LtSAcc: i64LtSAccHandler
        case .i32LtUAcc: i32LtUAccHandler
        case .i32LtUImmAcc: i32LtUImmAccHandler
        case .i64LtUAcc: i64LtUAccHandler
        case .i32GtSAcc: i32GtSAccHandler
        case .i32GtSImmAcc: i32GtSImmAccHandler
        case .i64GtSAcc: i64GtSAccHandler
        case .i32GtUAcc: i32GtUAccHandler
        case .i32GtUImmAcc: i32GtUImmAccHandler
        case .i64GtUAcc: i64GtUAccHandler
        case .i32LeSAcc: i32LeSAccHandler
        case .i32LeSImmAcc: i32LeSImmAccHandler
        case .i64LeSAcc: i64LeSAccHandler
        case .i32LeUAcc: i32LeUAccHandler
        case .i32LeUImmAcc: i32LeUImmAccHandler
        case .i64LeUAcc: i64LeUAccHandler
        case .i32GeSAcc: i32GeSAccHandler
        case .i32GeSImmAcc: i32GeSImmAccHandler
        case .i64GeSAcc: i64GeSAccHandler
        case .i32GeUAcc: i32GeUAccHandler
        case .i32GeUImmAcc: i32GeUImmAccHandler
        case .i64GeUAcc: i64GeUAccHandler
        case .f64EqAcc: f64EqAccHandler
        case .f64NeAcc: f64NeAccHandler
        case .f64LtAcc: f64LtAccHandler
        case .f64GtAcc: f64GtAccHandler
        case .f64LeAcc: f64LeAccHandler
        case .f64GeAcc: f64GeAccHandler
        case .f64AddAcc: f64AddAccHandler
        case .f64SubAcc: f64SubAccHandler
        case .f64MulAcc: f64MulAccHandler
        case .f64DivAcc: f64DivAccHandler
        case .f64MinAcc: f64MinAccHandler
        case .f64MaxAcc: f64MaxAccHandler
        case .i32EqzAcc: i32EqzAccHandler
        case .i64EqzAcc: i64EqzAccHandler
        case .i32ClzAcc: i32ClzAccHandler
        case .i32CtzAcc: i32CtzAccHandler
        case .i32PopcntAcc: i32PopcntAccHandler
        case .i64ClzAcc: i64ClzAccHandler
        case .i64CtzAcc: i64CtzAccHandler
        case .i64PopcntAcc: i64PopcntAccHandler
        case .i32Extend8SAcc: i32Extend8SAccHandler
        case .i32Extend16SAcc: i32Extend16SAccHandler
        case .i64Extend8SAcc: i64Extend8SAccHandler
        case .i64Extend16SAcc: i64Extend16SAccHandler
        case .i64Extend32SAcc: i64Extend32SAccHandler
        case .i32WrapI64Acc: i32WrapI64AccHandler
        case .f64AbsAcc: f64AbsAccHandler
        case .f64NegAcc: f64NegAccHandler
        case .f64CeilAcc: f64CeilAccHandler
        case .f64FloorAcc: f64FloorAccHandler
        case .f64TruncAcc: f64TruncAccHandler
        case .f64NearestAcc: f64NearestAccHandler
        case .f64SqrtAcc: f64SqrtAccHandler
        case .i32TruncSatF64SAcc: i32TruncSatF64SAccHandler
        case .i32TruncSatF64UAcc: i32TruncSatF64UAccHandler
        case .i64TruncSatF64SAcc: i64TruncSatF64SAccHandler
        case .i64TruncSatF64UAcc: i64TruncSatF64UAccHandler
        case .f64ConvertI32SAcc: f64ConvertI32SAccHandler
        case .f64ConvertI32UAcc: f64ConvertI32UAccHandler
        case .f64ConvertI64SAcc: f64ConvertI64SAccHandler
        case .f64ConvertI64UAcc: f64ConvertI64UAccHandler
        case .load32Acc: load32AccHandler
        case .load64Acc: load64AccHandler
        case .load8S32Acc: load8S32AccHandler
        case .load8U32Acc: load8U32AccHandler
        case .load16S32Acc: load16S32AccHandler
        case .load16U32Acc: load16U32AccHandler
        case .load8S64Acc: load8S64AccHandler
        case .load16S64Acc: load16S64AccHandler
        case .load32S64Acc: load32S64AccHandler
        case .store8ValueAcc: store8ValueAccHandler
        case .store8AddressAcc: store8AddressAccHandler
        case .store16ValueAcc: store16ValueAccHandler
        case .store16AddressAcc: store16AddressAccHandler
        case .store32ValueAcc: store32ValueAccHandler
        case .store32AddressAcc: store32AddressAccHandler
        case .store64ValueAcc: store64ValueAccHandler
        case .store64AddressAcc: store64AddressAccHandler
        case .store64ValueFacc: store64ValueFaccHandler
        case .store8ImmAddressAcc: store8ImmAddressAccHandler
        case .store16ImmAddressAcc: store16ImmAddressAccHandler
        case .store32ImmAddressAcc: store32ImmAddressAccHandler
        case .brIfNezAcc: brIfNezAccHandler
        case .brIfEqzAcc: brIfEqzAccHandler
        case .brI32EqAcc: brI32EqAccHandler
        case .brI32EqImmAcc: brI32EqImmAccHandler
        case .brI64EqAcc: brI64EqAccHandler
        case .brI32NeAcc: brI32NeAccHandler
        case .brI32NeImmAcc: brI32NeImmAccHandler
        case .brI64NeAcc: brI64NeAccHandler
        case .brI32LtSAcc: brI32LtSAccHandler
        case .brI32LtSImmAcc: brI32LtSImmAccHandler
        case .brI64LtSAcc: brI64LtSAccHandler
        case .brI32LtUAcc: brI32LtUAccHandler
        case .brI32LtUImmAcc: brI32LtUImmAccHandler
        case .brI64LtUAcc: brI64LtUAccHandler
        case .brI32GtSAcc: brI32GtSAccHandler
        case .brI32GtSImmAcc: brI32GtSImmAccHandler
        case .brI64GtSAcc: brI64GtSAccHandler
        case .brI32GtUAcc: brI32GtUAccHandler
        case .brI32GtUImmAcc: brI32GtUImmAccHandler
        case .brI64GtUAcc: brI64GtUAccHandler
        case .brI32LeSAcc: brI32LeSAccHandler
        case .brI32LeSImmAcc: brI32LeSImmAccHandler
        case .brI64LeSAcc: brI64LeSAccHandler
        case .brI32LeUAcc: brI32LeUAccHandler
        case .brI32LeUImmAcc: brI32LeUImmAccHandler
        case .brI64LeUAcc: brI64LeUAccHandler
        case .brI32GeSAcc: brI32GeSAccHandler
        case .brI32GeSImmAcc: brI32GeSImmAccHandler
        case .brI64GeSAcc: brI64GeSAccHandler
        case .brI32GeUAcc: brI32GeUAccHandler
        case .brI32GeUImmAcc: brI32GeUImmAccHandler
        case .brI64GeUAcc: brI64GeUAccHandler
        case .f64AddAccThenStore: f64AddAccThenStoreHandler
        case .f64SubAccThenStore: f64SubAccThenStoreHandler
        case .f64SubRhsAccThenStore: f64SubRhsAccThenStoreHandler
        case .f64MulAccThenStore: f64MulAccThenStoreHandler
        case .constThenLoad32: constThenLoad32Handler
        case .constThenLoad64: constThenLoad64Handler
        case .constThenLoadF64: constThenLoadF64Handler
        case .constThenStore32: constThenStore32Handler
        case .constThenStore64: constThenStore64Handler
        }
    }

    /// Whether the instruction has one 64-bit immediate (`CompiledInstr.imm`) instead of the two
    /// 32-bit operands `c` and `d`.
    var isWide: Bool {
        switch self {
        case .store8Indexed: false
        case .store16Indexed: false
        case .store32Indexed: false
        case .store64Indexed: false
        case .store8ImmIndexed: false
        case .store16ImmIndexed: false
        case .store32ImmIndexed: false
        case .load32Indexed: false
        case .load64Indexed: false
        case .loadF64Indexed: false
        case .load8S32Indexed: false
        case .load8U32Indexed: false
        case .load16S32Indexed: false
        case .load16U32Indexed: false
        case .incBrIfNez: false
        case .incBrIfEqz: false
        case .incBrI32Eq: false
        case .incBrI32Ne: false
        case .incBrI32LtS: false
        case .incBrI32LtU: false
        case .incBrI32GtS: false
        case .incBrI32GtU: false
        case .incBrI32LeS: false
        case .incBrI32LeU: false
        case .incBrI32GeS: false
        case .incBrI32GeU: false
        case .incBrI32EqImm: false
        case .incBrI32NeImm: false
        case .incBrI32LtSImm: false
        case .incBrI32LtUImm: false
        case .incBrI32GtSImm: false
        case .incBrI32GtUImm: false
        case .incBrI32LeSImm: false
        case .incBrI32LeUImm: false
        case .incBrI32GeSImm: false
        case .incBrI32GeUImm: false
        case .loadF64: false
        case .f64AddImm: true
        case .f64SubImm: true
        case .f64MulImm: true
        case .f64DivImm: true
        case .loadF64Acc: false
        case .i32SubRhsAcc: false
        case .i64SubRhsAcc: false
        case .f64SubRhsAcc: false
        case .f64DivRhsAcc: false
        case .f64AddImmAcc: true
        case .f64SubImmAcc: true
        case .f64MulImmAcc: true
        case .f64DivImmAcc: true
        case .i64AddImmAcc, .i64SubImmAcc, .i64MulImmAcc, .i64AndImmAcc, .i64OrImmAcc, .i64XorImmAcc, .i64ShlImmAcc, .i64ShrSImmAcc, .i64ShrUImmAcc, .i64RotlImmAcc, .i64RotrImmAcc, .const, .consumeFuel, .i64AddImm, .i64SubImm, .i64MulImm, .i64DivSImm, .i64DivUImm, .i64RemSImm, .i64RemUImm, .i64AndImm, .i64OrImm, .i64XorImm, .i64ShlImm, .i64ShrSImm, .i64ShrUImm, .i64RotlImm, .i64RotrImm: true
        case .unreachable, .copy, .zeroSlots, .br, .brIfNez, .brIfEqz, .brTable, .ret, .ret1, .call, .callIndirect,
            .select, .globalGet, .globalSet, .brI32Eq, .brI32Ne, .brI32LtS, .brI32LtU, .brI32GtS, .brI32GtU,
            .brI32LeS, .brI32LeU, .brI32GeS, .brI32GeU, .brI32EqImm, .brI32NeImm, .brI32LtSImm, .brI32LtUImm,
            .brI32GtSImm, .brI32GtUImm, .brI32LeSImm, .brI32LeUImm, .brI32GeSImm, .brI32GeUImm, .brI64Eq, .brI64Ne,
            .brI64LtS, .brI64LtU, .brI64GtS, .brI64GtU, .brI64LeS, .brI64LeU, .brI64GeS, .brI64GeU, .i32Add, .i32Sub,
            .i32Mul, .i32DivS, .i32DivU, .i32RemS, .i32RemU, .i32And, .i32Or, .i32Xor, .i32Shl, .i32ShrS, .i32ShrU,
            .i32Rotl, .i32Rotr, .i32AddImm, .i32SubImm, .i32MulImm, .i32DivSImm, .i32DivUImm, .i32RemSImm,
            .i32RemUImm, .i32AndImm, .i32OrImm, .i32XorImm, .i32ShlImm, .i32ShrSImm, .i32ShrUImm, .i32RotlImm,
            .i32RotrImm, .i64Add, .i64Sub, .i64Mul, .i64DivS, .i64DivU, .i64RemS, .i64RemU, .i64And, .i64Or, .i64Xor,
            .i64Shl, .i64ShrS, .i64ShrU, .i64Rotl, .i64Rotr, .i32Eqz, .i32Eq, .i32Ne, .i32LtS, .i32LtU, .i32GtS,
            .i32GtU, .i32LeS, .i32LeU, .i32GeS, .i32GeU, .i32EqImm, .i32NeImm, .i32LtSImm, .i32LtUImm, .i32GtSImm,
            .i32GtUImm, .i32LeSImm, .i32LeUImm, .i32GeSImm, .i32GeUImm, .i64Eqz, .i64Eq, .i64Ne, .i64LtS, .i64LtU,
            .i64GtS, .i64GtU, .i64LeS, .i64LeU, .i64GeS, .i64GeU, .f32Eq, .f32Ne, .f32Lt, .f32Gt, .f32Le, .f32Ge,
            .f64Eq, .f64Ne, .f64Lt, .f64Gt, .f64Le, .f64Ge, .i32Clz, .i32Ctz, .i32Popcnt, .i64Clz, .i64Ctz,
            .i64Popcnt, .i32Extend8S, .i32Extend16S, .i64Extend8S, .i64Extend16S, .i64Extend32S, .f32Abs, .f32Neg,
            .f32Ceil, .f32Floor, .f32Trunc, .f32Nearest, .f32Sqrt, .f64Abs, .f64Neg, .f64Ceil, .f64Floor, .f64Trunc,
            .f64Nearest, .f64Sqrt, .f32Add, .f32Sub, .f32Mul, .f32Div, .f32Min, .f32Max, .f32Copysign, .f64Add,
            .f64Sub, .f64Mul, .f64Div, .f64Min, .f64Max, .f64Copysign, .i32WrapI64, .i64ExtendI32S, .i64ExtendI32U,
            .i32TruncF32S, .i32TruncF32U, .i32TruncF64S, .i32TruncF64U, .i64TruncF32S, .i64TruncF32U, .i64TruncF64S,
            .i64TruncF64U, .i32TruncSatF32S, .i32TruncSatF32U, .i32TruncSatF64S, .i32TruncSatF64U, .i64TruncSatF32S,
            .i64TruncSatF32U, .i64TruncSatF64S, .i64TruncSatF64U, .f32ConvertI32S, .f32ConvertI32U, .f32ConvertI64S,
            .f32ConvertI64U, .f32DemoteF64, .f64ConvertI32S, .f64ConvertI32U, .f64ConvertI64S, .f64ConvertI64U,
            .f64PromoteF32, .load32, .load64, .load8S32, .load8U32, .load16S32, .load16U32, .load8S64, .load8U64,
            .load16S64, .load16U64, .load32S64, .load32U64, .store8, .store16, .store32, .store64, .store8Imm,
            .store16Imm, .store32Imm, .memorySize, .memoryGrow, .memoryFill, .memoryCopy, .memoryInit, .dataDrop,
            .tableGet, .tableSet, .tableSize, .tableGrow, .tableFill, .tableCopy, .tableInit, .elemDrop, .refFunc,
            .refIsNull,
            .selectAcc, .i32AddAcc, .i32AddImmAcc, .i32SubAcc, .i32SubImmAcc, .i32MulAcc,
            .i32MulImmAcc, .i32AndAcc, .i32AndImmAcc, .i32OrAcc, .i32OrImmAcc,
            .i32XorAcc, .i32XorImmAcc, .i32ShlAcc, .i32ShlImmAcc, .i32ShrSAcc,
            .i32ShrSImmAcc, .i32ShrUAcc, .i32ShrUImmAcc, .i32RotlAcc, .i32RotlImmAcc,
            .i32RotrAcc, .i32RotrImmAcc, .i64AddAcc, .i64SubAcc, .i64MulAcc,
            .i64AndAcc, .i64OrAcc, .i64XorAcc, .i64ShlAcc, .i64ShrSAcc,
            .i64ShrUAcc, .i64RotlAcc, .i64RotrAcc, .i32EqAcc, .i32EqImmAcc,
            .i64EqAcc, .i32NeAcc, .i32NeImmAcc, .i64NeAcc, .i32LtSAcc,
            .i32LtSImmAcc, .i64LtSAcc, .i32LtUAcc, .i32LtUImmAcc, .i64LtUAcc,
            .i32GtSAcc, .i32GtSImmAcc, .i64GtSAcc, .i32GtUAcc, .i32GtUImmAcc,
            .i64GtUAcc, .i32LeSAcc, .i32LeSImmAcc, .i64LeSAcc, .i32LeUAcc,
            .i32LeUImmAcc, .i64LeUAcc, .i32GeSAcc, .i32GeSImmAcc, .i64GeSAcc,
            .i32GeUAcc, .i32GeUImmAcc, .i64GeUAcc, .f64EqAcc, .f64NeAcc,
            .f64LtAcc, .f64GtAcc, .f64LeAcc, .f64GeAcc, .f64AddAcc,
            .f64SubAcc, .f64MulAcc, .f64DivAcc, .f64MinAcc, .f64MaxAcc,
            .i32EqzAcc, .i64EqzAcc, .i32ClzAcc, .i32CtzAcc, .i32PopcntAcc,
            .i64ClzAcc, .i64CtzAcc, .i64PopcntAcc, .i32Extend8SAcc, .i32Extend16SAcc,
            .i64Extend8SAcc, .i64Extend16SAcc, .i64Extend32SAcc, .i32WrapI64Acc, .f64AbsAcc,
            .f64NegAcc, .f64CeilAcc, .f64FloorAcc, .f64TruncAcc, .f64NearestAcc,
            .f64SqrtAcc, .i32TruncSatF64SAcc, .i32TruncSatF64UAcc, .i64TruncSatF64SAcc, .i64TruncSatF64UAcc,
            .f64ConvertI32SAcc, .f64ConvertI32UAcc, .f64ConvertI64SAcc, .f64ConvertI64UAcc, .load32Acc,
            .load64Acc, .load8S32Acc, .load8U32Acc, .load16S32Acc, .load16U32Acc,
            .load8S64Acc, .load16S64Acc, .load32S64Acc, .store8ValueAcc, .store8AddressAcc,
            .store16ValueAcc, .store16AddressAcc, .store32ValueAcc, .store32AddressAcc, .store64ValueAcc,
            .store64AddressAcc, .store64ValueFacc, .store8ImmAddressAcc, .store16ImmAddressAcc, .store32ImmAddressAcc,
            .brIfNezAcc, .brIfEqzAcc, .brI32EqAcc, .brI32EqImmAcc, .brI64EqAcc,
            .brI32NeAcc, .brI32NeImmAcc, .brI64NeAcc, .brI32LtSAcc, .brI32LtSImmAcc,
            .brI64LtSAcc, .brI32LtUAcc, .brI32LtUImmAcc, .brI64LtUAcc, .brI32GtSAcc,
            .brI32GtSImmAcc, .brI64GtSAcc, .brI32GtUAcc, .brI32GtUImmAcc, .brI64GtUAcc,
            .brI32LeSAcc, .brI32LeSImmAcc, .brI64LeSAcc, .brI32LeUAcc, .brI32LeUImmAcc,
            .brI64LeUAcc, .brI32GeSAcc, .brI32GeSImmAcc, .brI64GeSAcc, .brI32GeUAcc,
            .brI32GeUImmAcc, .brI64GeUAcc: false
        case .f64AddAccThenStore: false
        case .f64SubAccThenStore: false
        case .f64SubRhsAccThenStore: false
        case .f64MulAccThenStore: false
        case .constThenLoad32: true
        case .constThenLoad64: true
        case .constThenLoadF64: true
        case .constThenStore32: true
        case .constThenStore64: true
        }
    }
}

extension CompiledInstr {
    /// The opcode whose handler this instruction runs (for disassembly and for inspecting a
    /// stopped call; never used while executing).
    var opcode: Opcode { Opcode.byHandler[UInt(bitPattern: unsafeBitCast(handler, to: Int.self))]! }
}

extension Opcode {
    /// Every opcode, keyed by the address of its handler. Why uniquing: the optimizer may fold
    /// handlers with identical bodies (e.g. `load8U32` and `load8U64`) into one function.
    static let byHandler: [UInt: Opcode] = Dictionary(
        allCases.map { (UInt(bitPattern: unsafeBitCast($0.handler, to: Int.self)), $0) }, uniquingKeysWith: { first, _ in first })
}

extension Opcode {
    /// Where the handler also leaves its result for the next instruction (`.slot`: nowhere;
    /// see `Source`). `assemble` relies on it: keep it in step with the handlers.
    var resultRegister: Source {
        switch self {
        case .store8Indexed: .slot
        case .store16Indexed: .slot
        case .store32Indexed: .slot
        case .store64Indexed: .slot
        case .store8ImmIndexed: .slot
        case .store16ImmIndexed: .slot
        case .store32ImmIndexed: .slot
        case .load32Indexed: .acc
        case .load64Indexed: .acc
        case .loadF64Indexed: .facc
        case .load8S32Indexed: .acc
        case .load8U32Indexed: .acc
        case .load16S32Indexed: .acc
        case .load16U32Indexed: .acc
        case .incBrIfNez: .slot
        case .incBrIfEqz: .slot
        case .incBrI32Eq: .slot
        case .incBrI32Ne: .slot
        case .incBrI32LtS: .slot
        case .incBrI32LtU: .slot
        case .incBrI32GtS: .slot
        case .incBrI32GtU: .slot
        case .incBrI32LeS: .slot
        case .incBrI32LeU: .slot
        case .incBrI32GeS: .slot
        case .incBrI32GeU: .slot
        case .incBrI32EqImm: .slot
        case .incBrI32NeImm: .slot
        case .incBrI32LtSImm: .slot
        case .incBrI32LtUImm: .slot
        case .incBrI32GtSImm: .slot
        case .incBrI32GtUImm: .slot
        case .incBrI32LeSImm: .slot
        case .incBrI32LeUImm: .slot
        case .incBrI32GeSImm: .slot
        case .incBrI32GeUImm: .slot
        case .loadF64: .facc
        case .f64AddImm: .facc
        case .f64SubImm: .facc
        case .f64MulImm: .facc
        case .f64DivImm: .facc
        case .loadF64Acc: .facc
        case .i32SubRhsAcc: .acc
        case .i64SubRhsAcc: .acc
        case .f64SubRhsAcc: .facc
        case .f64DivRhsAcc: .facc
        case .f64AddImmAcc: .facc
        case .f64SubImmAcc: .facc
        case .f64MulImmAcc: .facc
        case .f64DivImmAcc: .facc
        case .copy, .const, .select, .globalGet, .i32Add, .i32Sub, .i32Mul, .i32DivS, .i32DivU, .i32RemS, .i32RemU,
            .i32And, .i32Or, .i32Xor, .i32Shl, .i32ShrS, .i32ShrU, .i32Rotl, .i32Rotr, .i32AddImm, .i32SubImm,
            .i32MulImm, .i32DivSImm, .i32DivUImm, .i32RemSImm, .i32RemUImm, .i32AndImm, .i32OrImm, .i32XorImm,
            .i32ShlImm, .i32ShrSImm, .i32ShrUImm, .i32RotlImm, .i32RotrImm, .i64Add, .i64Sub, .i64Mul, .i64DivS,
            .i64DivU, .i64RemS, .i64RemU, .i64And, .i64Or, .i64Xor, .i64Shl, .i64ShrS, .i64ShrU, .i64Rotl,
            .i64Rotr, .i64AddImm, .i64SubImm, .i64MulImm, .i64DivSImm, .i64DivUImm, .i64RemSImm, .i64RemUImm,
            .i64AndImm, .i64OrImm, .i64XorImm, .i64ShlImm, .i64ShrSImm, .i64ShrUImm, .i64RotlImm, .i64RotrImm,
            .i32Eqz, .i32Eq, .i32Ne, .i32LtS, .i32LtU, .i32GtS, .i32GtU, .i32LeS, .i32LeU, .i32GeS, .i32GeU,
            .i32EqImm, .i32NeImm, .i32LtSImm, .i32LtUImm, .i32GtSImm, .i32GtUImm, .i32LeSImm, .i32LeUImm,
            .i32GeSImm, .i32GeUImm, .i64Eqz, .i64Eq, .i64Ne, .i64LtS, .i64LtU, .i64GtS, .i64GtU, .i64LeS, .i64LeU,
            .i64GeS, .i64GeU, .f32Eq, .f32Ne, .f32Lt, .f32Gt, .f32Le, .f32Ge, .f64Eq, .f64Ne, .f64Lt, .f64Gt,
            .f64Le, .f64Ge, .i32Clz, .i32Ctz, .i32Popcnt, .i64Clz, .i64Ctz, .i64Popcnt, .i32Extend8S,
            .i32Extend16S, .i64Extend8S, .i64Extend16S, .i64Extend32S, .f32Copysign, .f64Copysign, .i32WrapI64,
            .i64ExtendI32S, .i64ExtendI32U, .i32TruncF32S, .i32TruncF32U, .i32TruncF64S, .i32TruncF64U,
            .i64TruncF32S, .i64TruncF32U, .i64TruncF64S, .i64TruncF64U, .i32TruncSatF32S, .i32TruncSatF32U,
            .i32TruncSatF64S, .i32TruncSatF64U, .i64TruncSatF32S, .i64TruncSatF32U, .i64TruncSatF64S,
            .i64TruncSatF64U, .load32, .load64, .load8S32, .load8U32, .load16S32, .load16U32, .load8S64, .load8U64,
            .load16S64, .load16U64, .load32S64, .load32U64, .memorySize, .refFunc, .refIsNull, .selectAcc,
            .i32AddAcc, .i32AddImmAcc, .i32SubAcc, .i32SubImmAcc, .i32MulAcc, .i32MulImmAcc, .i32AndAcc,
            .i32AndImmAcc, .i32OrAcc, .i32OrImmAcc, .i32XorAcc, .i32XorImmAcc, .i32ShlAcc, .i32ShlImmAcc,
            .i32ShrSAcc, .i32ShrSImmAcc, .i32ShrUAcc, .i32ShrUImmAcc, .i32RotlAcc, .i32RotlImmAcc, .i32RotrAcc,
            .i32RotrImmAcc, .i64AddAcc, .i64AddImmAcc, .i64SubAcc, .i64SubImmAcc, .i64MulAcc, .i64MulImmAcc,
            .i64AndAcc, .i64AndImmAcc, .i64OrAcc, .i64OrImmAcc, .i64XorAcc, .i64XorImmAcc, .i64ShlAcc,
            .i64ShlImmAcc, .i64ShrSAcc, .i64ShrSImmAcc, .i64ShrUAcc, .i64ShrUImmAcc, .i64RotlAcc, .i64RotlImmAcc,
            .i64RotrAcc, .i64RotrImmAcc, .i32EqAcc, .i32EqImmAcc, .i64EqAcc, .i32NeAcc, .i32NeImmAcc, .i64NeAcc,
            .i32LtSAcc, .i32LtSImmAcc, .i64LtSAcc, .i32LtUAcc, .i32LtUImmAcc, .i64LtUAcc, .i32GtSAcc,
            .i32GtSImmAcc, .i64GtSAcc, .i32GtUAcc, .i32GtUImmAcc, .i64GtUAcc, .i32LeSAcc, .i32LeSImmAcc,
            .i64LeSAcc, .i32LeUAcc, .i32LeUImmAcc, .i64LeUAcc, .i32GeSAcc, .i32GeSImmAcc, .i64GeSAcc, .i32GeUAcc,
            .i32GeUImmAcc, .i64GeUAcc, .f64EqAcc, .f64NeAcc, .f64LtAcc, .f64GtAcc, .f64LeAcc, .f64GeAcc,
            .i32EqzAcc, .i64EqzAcc, .i32ClzAcc, .i32CtzAcc, .i32PopcntAcc, .i64ClzAcc, .i64CtzAcc, .i64PopcntAcc,
            .i32Extend8SAcc, .i32Extend16SAcc, .i64Extend8SAcc, .i64Extend16SAcc, .i64Extend32SAcc, .i32WrapI64Acc,
            .i32TruncSatF64SAcc, .i32TruncSatF64UAcc, .i64TruncSatF64SAcc, .i64TruncSatF64UAcc, .load32Acc,
            .load64Acc, .load8S32Acc, .load8U32Acc, .load16S32Acc, .load16U32Acc, .load8S64Acc, .load16S64Acc,
            .load32S64Acc: .acc
        case .f64Abs, .f64Neg, .f64Ceil, .f64Floor, .f64Trunc, .f64Nearest, .f64Sqrt, .f64Add, .f64Sub, .f64Mul,
            .f64Div, .f64Min, .f64Max, .f64ConvertI32S, .f64ConvertI32U, .f64ConvertI64S, .f64ConvertI64U,
            .f64PromoteF32, .f64AddAcc, .f64SubAcc, .f64MulAcc, .f64DivAcc, .f64MinAcc, .f64MaxAcc, .f64AbsAcc,
            .f64NegAcc, .f64CeilAcc, .f64FloorAcc, .f64TruncAcc, .f64NearestAcc, .f64SqrtAcc, .f64ConvertI32SAcc,
            .f64ConvertI32UAcc, .f64ConvertI64SAcc, .f64ConvertI64UAcc: .facc
        case .unreachable, .zeroSlots, .consumeFuel, .br, .brIfNez, .brIfEqz, .brTable, .ret, .ret1, .call,
            .callIndirect, .globalSet, .brI32Eq, .brI32Ne, .brI32LtS, .brI32LtU, .brI32GtS, .brI32GtU, .brI32LeS,
            .brI32LeU, .brI32GeS, .brI32GeU, .brI32EqImm, .brI32NeImm, .brI32LtSImm, .brI32LtUImm, .brI32GtSImm,
            .brI32GtUImm, .brI32LeSImm, .brI32LeUImm, .brI32GeSImm, .brI32GeUImm, .brI64Eq, .brI64Ne, .brI64LtS,
            .brI64LtU, .brI64GtS, .brI64GtU, .brI64LeS, .brI64LeU, .brI64GeS, .brI64GeU, .f32Abs, .f32Neg,
            .f32Ceil, .f32Floor, .f32Trunc, .f32Nearest, .f32Sqrt, .f32Add, .f32Sub, .f32Mul, .f32Div, .f32Min,
            .f32Max, .f32ConvertI32S, .f32ConvertI32U, .f32ConvertI64S, .f32ConvertI64U, .f32DemoteF64, .store8,
            .store16, .store32, .store64, .store8Imm, .store16Imm, .store32Imm, .memoryGrow, .memoryFill,
            .memoryCopy, .memoryInit, .dataDrop, .tableGet, .tableSet, .tableSize, .tableGrow, .tableFill,
            .tableCopy, .tableInit, .elemDrop, .store8ValueAcc, .store8AddressAcc, .store16ValueAcc,
            .store16AddressAcc, .store32ValueAcc, .store32AddressAcc, .store64ValueAcc, .store64AddressAcc,
            .store64ValueFacc, .store8ImmAddressAcc, .store16ImmAddressAcc, .store32ImmAddressAcc, .brIfNezAcc,
            .brIfEqzAcc, .brI32EqAcc, .brI32EqImmAcc, .brI64EqAcc, .brI32NeAcc, .brI32NeImmAcc, .brI64NeAcc,
            .brI32LtSAcc, .brI32LtSImmAcc, .brI64LtSAcc, .brI32LtUAcc, .brI32LtUImmAcc, .brI64LtUAcc, .brI32GtSAcc,
            .brI32GtSImmAcc, .brI64GtSAcc, .brI32GtUAcc, .brI32GtUImmAcc, .brI64GtUAcc, .brI32LeSAcc,
            .brI32LeSImmAcc, .brI64LeSAcc, .brI32LeUAcc, .brI32LeUImmAcc, .brI64LeUAcc, .brI32GeSAcc,
            .brI32GeSImmAcc, .brI64GeSAcc, .brI32GeUAcc, .brI32GeUImmAcc, .brI64GeUAcc: .slot
        case .f64AddAccThenStore: .slot
        case .f64SubAccThenStore: .slot
        case .f64SubRhsAccThenStore: .slot
        case .f64MulAccThenStore: .slot
        case .constThenLoad32: .slot
        case .constThenLoad64: .slot
        case .constThenLoadF64: .slot
        case .constThenStore32: .slot
        case .constThenStore64: .slot
        }
    }

    /// The forms of this opcode that take one operand from an accumulator: the opcode, the operand
    /// field it replaces, the register, and a field holding the other operand of a commutative
    /// operation (swapped in when the accumulator holds that one).
    var accumulatorForms: [AccumulatorForm] {
        switch self {
        case .store8Indexed: []
        case .store16Indexed: []
        case .store32Indexed: []
        case .store64Indexed: []
        case .store8ImmIndexed: []
        case .store16ImmIndexed: []
        case .store32ImmIndexed: []
        case .load32Indexed: []
        case .load64Indexed: []
        case .loadF64Indexed: []
        case .load8S32Indexed: []
        case .load8U32Indexed: []
        case .load16S32Indexed: []
        case .load16U32Indexed: []
        case .incBrIfNez: []
        case .incBrIfEqz: []
        case .incBrI32Eq: []
        case .incBrI32Ne: []
        case .incBrI32LtS: []
        case .incBrI32LtU: []
        case .incBrI32GtS: []
        case .incBrI32GtU: []
        case .incBrI32LeS: []
        case .incBrI32LeU: []
        case .incBrI32GeS: []
        case .incBrI32GeU: []
        case .incBrI32EqImm: []
        case .incBrI32NeImm: []
        case .incBrI32LtSImm: []
        case .incBrI32LtUImm: []
        case .incBrI32GtSImm: []
        case .incBrI32GtUImm: []
        case .incBrI32LeSImm: []
        case .incBrI32LeUImm: []
        case .incBrI32GeSImm: []
        case .incBrI32GeUImm: []
        case .loadF64: [AccumulatorForm(.loadF64Acc, operand: .b, register: .acc)]
        case .f64AddImm: [AccumulatorForm(.f64AddImmAcc, operand: .b, register: .facc)]
        case .f64SubImm: [AccumulatorForm(.f64SubImmAcc, operand: .b, register: .facc)]
        case .f64MulImm: [AccumulatorForm(.f64MulImmAcc, operand: .b, register: .facc)]
        case .f64DivImm: [AccumulatorForm(.f64DivImmAcc, operand: .b, register: .facc)]
        case .loadF64Acc: []
        case .i32SubRhsAcc: []
        case .i64SubRhsAcc: []
        case .f64SubRhsAcc: []
        case .f64DivRhsAcc: []
        case .f64AddImmAcc: []
        case .f64SubImmAcc: []
        case .f64MulImmAcc: []
        case .f64DivImmAcc: []
        case .brIfNez: [AccumulatorForm(.brIfNezAcc, operand: .a, register: .acc)]
        case .brIfEqz: [AccumulatorForm(.brIfEqzAcc, operand: .a, register: .acc)]
        case .select: [AccumulatorForm(.selectAcc, operand: .d, register: .acc)]
        case .brI32Eq: [AccumulatorForm(.brI32EqAcc, operand: .a, register: .acc, commutativeWith: .b)]
        case .brI32Ne: [AccumulatorForm(.brI32NeAcc, operand: .a, register: .acc, commutativeWith: .b)]
        case .brI32LtS: [AccumulatorForm(.brI32LtSAcc, operand: .a, register: .acc)]
        case .brI32LtU: [AccumulatorForm(.brI32LtUAcc, operand: .a, register: .acc)]
        case .brI32GtS: [AccumulatorForm(.brI32GtSAcc, operand: .a, register: .acc)]
        case .brI32GtU: [AccumulatorForm(.brI32GtUAcc, operand: .a, register: .acc)]
        case .brI32LeS: [AccumulatorForm(.brI32LeSAcc, operand: .a, register: .acc)]
        case .brI32LeU: [AccumulatorForm(.brI32LeUAcc, operand: .a, register: .acc)]
        case .brI32GeS: [AccumulatorForm(.brI32GeSAcc, operand: .a, register: .acc)]
        case .brI32GeU: [AccumulatorForm(.brI32GeUAcc, operand: .a, register: .acc)]
        case .brI32EqImm: [AccumulatorForm(.brI32EqImmAcc, operand: .a, register: .acc)]
        case .brI32NeImm: [AccumulatorForm(.brI32NeImmAcc, operand: .a, register: .acc)]
        case .brI32LtSImm: [AccumulatorForm(.brI32LtSImmAcc, operand: .a, register: .acc)]
        case .brI32LtUImm: [AccumulatorForm(.brI32LtUImmAcc, operand: .a, register: .acc)]
        case .brI32GtSImm: [AccumulatorForm(.brI32GtSImmAcc, operand: .a, register: .acc)]
        case .brI32GtUImm: [AccumulatorForm(.brI32GtUImmAcc, operand: .a, register: .acc)]
        case .brI32LeSImm: [AccumulatorForm(.brI32LeSImmAcc, operand: .a, register: .acc)]
        case .brI32LeUImm: [AccumulatorForm(.brI32LeUImmAcc, operand: .a, register: .acc)]
        case .brI32GeSImm: [AccumulatorForm(.brI32GeSImmAcc, operand: .a, register: .acc)]
        case .brI32GeUImm: [AccumulatorForm(.brI32GeUImmAcc, operand: .a, register: .acc)]
        case .brI64Eq: [AccumulatorForm(.brI64EqAcc, operand: .a, register: .acc, commutativeWith: .b)]
        case .brI64Ne: [AccumulatorForm(.brI64NeAcc, operand: .a, register: .acc, commutativeWith: .b)]
        case .brI64LtS: [AccumulatorForm(.brI64LtSAcc, operand: .a, register: .acc)]
        case .brI64LtU: [AccumulatorForm(.brI64LtUAcc, operand: .a, register: .acc)]
        case .brI64GtS: [AccumulatorForm(.brI64GtSAcc, operand: .a, register: .acc)]
        case .brI64GtU: [AccumulatorForm(.brI64GtUAcc, operand: .a, register: .acc)]
        case .brI64LeS: [AccumulatorForm(.brI64LeSAcc, operand: .a, register: .acc)]
        case .brI64LeU: [AccumulatorForm(.brI64LeUAcc, operand: .a, register: .acc)]
        case .brI64GeS: [AccumulatorForm(.brI64GeSAcc, operand: .a, register: .acc)]
        case .brI64GeU: [AccumulatorForm(.brI64GeUAcc, operand: .a, register: .acc)]
        case .i32Add: [AccumulatorForm(.i32AddAcc, operand: .b, register: .acc, commutativeWith: .c)]
        case .i32Sub: [AccumulatorForm(.i32SubAcc, operand: .b, register: .acc), AccumulatorForm(.i32SubRhsAcc, operand: .c, register: .acc)]
        case .i32Mul: [AccumulatorForm(.i32MulAcc, operand: .b, register: .acc, commutativeWith: .c)]
        case .i32And: [AccumulatorForm(.i32AndAcc, operand: .b, register: .acc, commutativeWith: .c)]
        case .i32Or: [AccumulatorForm(.i32OrAcc, operand: .b, register: .acc, commutativeWith: .c)]
        case .i32Xor: [AccumulatorForm(.i32XorAcc, operand: .b, register: .acc, commutativeWith: .c)]
        case .i32Shl: [AccumulatorForm(.i32ShlAcc, operand: .b, register: .acc)]
        case .i32ShrS: [AccumulatorForm(.i32ShrSAcc, operand: .b, register: .acc)]
        case .i32ShrU: [AccumulatorForm(.i32ShrUAcc, operand: .b, register: .acc)]
        case .i32Rotl: [AccumulatorForm(.i32RotlAcc, operand: .b, register: .acc)]
        case .i32Rotr: [AccumulatorForm(.i32RotrAcc, operand: .b, register: .acc)]
        case .i32AddImm: [AccumulatorForm(.i32AddImmAcc, operand: .b, register: .acc)]
        case .i32SubImm: [AccumulatorForm(.i32SubImmAcc, operand: .b, register: .acc)]
        case .i32MulImm: [AccumulatorForm(.i32MulImmAcc, operand: .b, register: .acc)]
        case .i32AndImm: [AccumulatorForm(.i32AndImmAcc, operand: .b, register: .acc)]
        case .i32OrImm: [AccumulatorForm(.i32OrImmAcc, operand: .b, register: .acc)]
        case .i32XorImm: [AccumulatorForm(.i32XorImmAcc, operand: .b, register: .acc)]
        case .i32ShlImm: [AccumulatorForm(.i32ShlImmAcc, operand: .b, register: .acc)]
        case .i32ShrSImm: [AccumulatorForm(.i32ShrSImmAcc, operand: .b, register: .acc)]
        case .i32ShrUImm: [AccumulatorForm(.i32ShrUImmAcc, operand: .b, register: .acc)]
        case .i32RotlImm: [AccumulatorForm(.i32RotlImmAcc, operand: .b, register: .acc)]
        case .i32RotrImm: [AccumulatorForm(.i32RotrImmAcc, operand: .b, register: .acc)]
        case .i64Add: [AccumulatorForm(.i64AddAcc, operand: .b, register: .acc, commutativeWith: .c)]
        case .i64Sub: [AccumulatorForm(.i64SubAcc, operand: .b, register: .acc), AccumulatorForm(.i64SubRhsAcc, operand: .c, register: .acc)]
        case .i64Mul: [AccumulatorForm(.i64MulAcc, operand: .b, register: .acc, commutativeWith: .c)]
        case .i64And: [AccumulatorForm(.i64AndAcc, operand: .b, register: .acc, commutativeWith: .c)]
        case .i64Or: [AccumulatorForm(.i64OrAcc, operand: .b, register: .acc, commutativeWith: .c)]
        case .i64Xor: [AccumulatorForm(.i64XorAcc, operand: .b, register: .acc, commutativeWith: .c)]
        case .i64Shl: [AccumulatorForm(.i64ShlAcc, operand: .b, register: .acc)]
        case .i64ShrS: [AccumulatorForm(.i64ShrSAcc, operand: .b, register: .acc)]
        case .i64ShrU: [AccumulatorForm(.i64ShrUAcc, operand: .b, register: .acc)]
        case .i64Rotl: [AccumulatorForm(.i64RotlAcc, operand: .b, register: .acc)]
        case .i64Rotr: [AccumulatorForm(.i64RotrAcc, operand: .b, register: .acc)]
        case .i64AddImm: [AccumulatorForm(.i64AddImmAcc, operand: .b, register: .acc)]
        case .i64SubImm: [AccumulatorForm(.i64SubImmAcc, operand: .b, register: .acc)]
        case .i64MulImm: [AccumulatorForm(.i64MulImmAcc, operand: .b, register: .acc)]
        case .i64AndImm: [AccumulatorForm(.i64AndImmAcc, operand: .b, register: .acc)]
        case .i64OrImm: [AccumulatorForm(.i64OrImmAcc, operand: .b, register: .acc)]
        case .i64XorImm: [AccumulatorForm(.i64XorImmAcc, operand: .b, register: .acc)]
        case .i64ShlImm: [AccumulatorForm(.i64ShlImmAcc, operand: .b, register: .acc)]
        case .i64ShrSImm: [AccumulatorForm(.i64ShrSImmAcc, operand: .b, register: .acc)]
        case .i64ShrUImm: [AccumulatorForm(.i64ShrUImmAcc, operand: .b, register: .acc)]
        case .i64RotlImm: [AccumulatorForm(.i64RotlImmAcc, operand: .b, register: .acc)]
        case .i64RotrImm: [AccumulatorForm(.i64RotrImmAcc, operand: .b, register: .acc)]
        case .i32Eqz: [AccumulatorForm(.i32EqzAcc, operand: .b, register: .acc)]
        case .i32Eq: [AccumulatorForm(.i32EqAcc, operand: .b, register: .acc, commutativeWith: .c)]
        case .i32Ne: [AccumulatorForm(.i32NeAcc, operand: .b, register: .acc, commutativeWith: .c)]
        case .i32LtS: [AccumulatorForm(.i32LtSAcc, operand: .b, register: .acc)]
        case .i32LtU: [AccumulatorForm(.i32LtUAcc, operand: .b, register: .acc)]
        case .i32GtS: [AccumulatorForm(.i32GtSAcc, operand: .b, register: .acc)]
        case .i32GtU: [AccumulatorForm(.i32GtUAcc, operand: .b, register: .acc)]
        case .i32LeS: [AccumulatorForm(.i32LeSAcc, operand: .b, register: .acc)]
        case .i32LeU: [AccumulatorForm(.i32LeUAcc, operand: .b, register: .acc)]
        case .i32GeS: [AccumulatorForm(.i32GeSAcc, operand: .b, register: .acc)]
        case .i32GeU: [AccumulatorForm(.i32GeUAcc, operand: .b, register: .acc)]
        case .i32EqImm: [AccumulatorForm(.i32EqImmAcc, operand: .b, register: .acc)]
        case .i32NeImm: [AccumulatorForm(.i32NeImmAcc, operand: .b, register: .acc)]
        case .i32LtSImm: [AccumulatorForm(.i32LtSImmAcc, operand: .b, register: .acc)]
        case .i32LtUImm: [AccumulatorForm(.i32LtUImmAcc, operand: .b, register: .acc)]
        case .i32GtSImm: [AccumulatorForm(.i32GtSImmAcc, operand: .b, register: .acc)]
        case .i32GtUImm: [AccumulatorForm(.i32GtUImmAcc, operand: .b, register: .acc)]
        case .i32LeSImm: [AccumulatorForm(.i32LeSImmAcc, operand: .b, register: .acc)]
        case .i32LeUImm: [AccumulatorForm(.i32LeUImmAcc, operand: .b, register: .acc)]
        case .i32GeSImm: [AccumulatorForm(.i32GeSImmAcc, operand: .b, register: .acc)]
        case .i32GeUImm: [AccumulatorForm(.i32GeUImmAcc, operand: .b, register: .acc)]
        case .i64Eqz: [AccumulatorForm(.i64EqzAcc, operand: .b, register: .acc)]
        case .i64Eq: [AccumulatorForm(.i64EqAcc, operand: .b, register: .acc, commutativeWith: .c)]
        case .i64Ne: [AccumulatorForm(.i64NeAcc, operand: .b, register: .acc, commutativeWith: .c)]
        case .i64LtS: [AccumulatorForm(.i64LtSAcc, operand: .b, register: .acc)]
        case .i64LtU: [AccumulatorForm(.i64LtUAcc, operand: .b, register: .acc)]
        case .i64GtS: [AccumulatorForm(.i64GtSAcc, operand: .b, register: .acc)]
        case .i64GtU: [AccumulatorForm(.i64GtUAcc, operand: .b, register: .acc)]
        case .i64LeS: [AccumulatorForm(.i64LeSAcc, operand: .b, register: .acc)]
        case .i64LeU: [AccumulatorForm(.i64LeUAcc, operand: .b, register: .acc)]
        case .i64GeS: [AccumulatorForm(.i64GeSAcc, operand: .b, register: .acc)]
        case .i64GeU: [AccumulatorForm(.i64GeUAcc, operand: .b, register: .acc)]
        case .f64Eq: [AccumulatorForm(.f64EqAcc, operand: .b, register: .facc, commutativeWith: .c)]
        case .f64Ne: [AccumulatorForm(.f64NeAcc, operand: .b, register: .facc, commutativeWith: .c)]
        case .f64Lt: [AccumulatorForm(.f64LtAcc, operand: .b, register: .facc)]
        case .f64Gt: [AccumulatorForm(.f64GtAcc, operand: .b, register: .facc)]
        case .f64Le: [AccumulatorForm(.f64LeAcc, operand: .b, register: .facc)]
        case .f64Ge: [AccumulatorForm(.f64GeAcc, operand: .b, register: .facc)]
        case .i32Clz: [AccumulatorForm(.i32ClzAcc, operand: .b, register: .acc)]
        case .i32Ctz: [AccumulatorForm(.i32CtzAcc, operand: .b, register: .acc)]
        case .i32Popcnt: [AccumulatorForm(.i32PopcntAcc, operand: .b, register: .acc)]
        case .i64Clz: [AccumulatorForm(.i64ClzAcc, operand: .b, register: .acc)]
        case .i64Ctz: [AccumulatorForm(.i64CtzAcc, operand: .b, register: .acc)]
        case .i64Popcnt: [AccumulatorForm(.i64PopcntAcc, operand: .b, register: .acc)]
        case .i32Extend8S: [AccumulatorForm(.i32Extend8SAcc, operand: .b, register: .acc)]
        case .i32Extend16S: [AccumulatorForm(.i32Extend16SAcc, operand: .b, register: .acc)]
        case .i64Extend8S: [AccumulatorForm(.i64Extend8SAcc, operand: .b, register: .acc)]
        case .i64Extend16S: [AccumulatorForm(.i64Extend16SAcc, operand: .b, register: .acc)]
        case .i64Extend32S: [AccumulatorForm(.i64Extend32SAcc, operand: .b, register: .acc)]
        case .f64Abs: [AccumulatorForm(.f64AbsAcc, operand: .b, register: .facc)]
        case .f64Neg: [AccumulatorForm(.f64NegAcc, operand: .b, register: .facc)]
        case .f64Ceil: [AccumulatorForm(.f64CeilAcc, operand: .b, register: .facc)]
        case .f64Floor: [AccumulatorForm(.f64FloorAcc, operand: .b, register: .facc)]
        case .f64Trunc: [AccumulatorForm(.f64TruncAcc, operand: .b, register: .facc)]
        case .f64Nearest: [AccumulatorForm(.f64NearestAcc, operand: .b, register: .facc)]
        case .f64Sqrt: [AccumulatorForm(.f64SqrtAcc, operand: .b, register: .facc)]
        case .f64Add: [AccumulatorForm(.f64AddAcc, operand: .b, register: .facc, commutativeWith: .c)]
        case .f64Sub: [AccumulatorForm(.f64SubAcc, operand: .b, register: .facc), AccumulatorForm(.f64SubRhsAcc, operand: .c, register: .facc)]
        case .f64Mul: [AccumulatorForm(.f64MulAcc, operand: .b, register: .facc, commutativeWith: .c)]
        case .f64Div: [AccumulatorForm(.f64DivAcc, operand: .b, register: .facc), AccumulatorForm(.f64DivRhsAcc, operand: .c, register: .facc)]
        case .f64Min: [AccumulatorForm(.f64MinAcc, operand: .b, register: .facc)]
        case .f64Max: [AccumulatorForm(.f64MaxAcc, operand: .b, register: .facc)]
        case .i32WrapI64: [AccumulatorForm(.i32WrapI64Acc, operand: .b, register: .acc)]
        case .i64ExtendI32S: [AccumulatorForm(.i64Extend32SAcc, operand: .b, register: .acc)]
        case .i64ExtendI32U: [AccumulatorForm(.i32WrapI64Acc, operand: .b, register: .acc)]
        case .i32TruncSatF64S: [AccumulatorForm(.i32TruncSatF64SAcc, operand: .b, register: .facc)]
        case .i32TruncSatF64U: [AccumulatorForm(.i32TruncSatF64UAcc, operand: .b, register: .facc)]
        case .i64TruncSatF64S: [AccumulatorForm(.i64TruncSatF64SAcc, operand: .b, register: .facc)]
        case .i64TruncSatF64U: [AccumulatorForm(.i64TruncSatF64UAcc, operand: .b, register: .facc)]
        case .f64ConvertI32S: [AccumulatorForm(.f64ConvertI32SAcc, operand: .b, register: .acc)]
        case .f64ConvertI32U: [AccumulatorForm(.f64ConvertI32UAcc, operand: .b, register: .acc)]
        case .f64ConvertI64S: [AccumulatorForm(.f64ConvertI64SAcc, operand: .b, register: .acc)]
        case .f64ConvertI64U: [AccumulatorForm(.f64ConvertI64UAcc, operand: .b, register: .acc)]
        case .load32: [AccumulatorForm(.load32Acc, operand: .b, register: .acc)]
        case .load64: [AccumulatorForm(.load64Acc, operand: .b, register: .acc)]
        case .load8S32: [AccumulatorForm(.load8S32Acc, operand: .b, register: .acc)]
        case .load8U32: [AccumulatorForm(.load8U32Acc, operand: .b, register: .acc)]
        case .load16S32: [AccumulatorForm(.load16S32Acc, operand: .b, register: .acc)]
        case .load16U32: [AccumulatorForm(.load16U32Acc, operand: .b, register: .acc)]
        case .load8S64: [AccumulatorForm(.load8S64Acc, operand: .b, register: .acc)]
        case .load8U64: [AccumulatorForm(.load8U32Acc, operand: .b, register: .acc)]
        case .load16S64: [AccumulatorForm(.load16S64Acc, operand: .b, register: .acc)]
        case .load16U64: [AccumulatorForm(.load16U32Acc, operand: .b, register: .acc)]
        case .load32S64: [AccumulatorForm(.load32S64Acc, operand: .b, register: .acc)]
        case .load32U64: [AccumulatorForm(.load32Acc, operand: .b, register: .acc)]
        case .store8: [AccumulatorForm(.store8ValueAcc, operand: .b, register: .acc), AccumulatorForm(.store8AddressAcc, operand: .a, register: .acc)]
        case .store16: [AccumulatorForm(.store16ValueAcc, operand: .b, register: .acc), AccumulatorForm(.store16AddressAcc, operand: .a, register: .acc)]
        case .store32: [AccumulatorForm(.store32ValueAcc, operand: .b, register: .acc), AccumulatorForm(.store32AddressAcc, operand: .a, register: .acc)]
        case .store64: [AccumulatorForm(.store64ValueAcc, operand: .b, register: .acc), AccumulatorForm(.store64AddressAcc, operand: .a, register: .acc), AccumulatorForm(.store64ValueFacc, operand: .b, register: .facc)]
        case .store8Imm: [AccumulatorForm(.store8ImmAddressAcc, operand: .a, register: .acc)]
        case .store16Imm: [AccumulatorForm(.store16ImmAddressAcc, operand: .a, register: .acc)]
        case .store32Imm: [AccumulatorForm(.store32ImmAddressAcc, operand: .a, register: .acc)]
        case .unreachable, .copy, .const, .zeroSlots, .consumeFuel, .br, .brTable, .ret, .ret1, .call,
            .callIndirect, .globalGet, .globalSet, .i32DivS, .i32DivU, .i32RemS, .i32RemU, .i32DivSImm,
            .i32DivUImm, .i32RemSImm, .i32RemUImm, .i64DivS, .i64DivU, .i64RemS, .i64RemU, .i64DivSImm,
            .i64DivUImm, .i64RemSImm, .i64RemUImm, .f32Eq, .f32Ne, .f32Lt, .f32Gt, .f32Le, .f32Ge, .f32Abs,
            .f32Neg, .f32Ceil, .f32Floor, .f32Trunc, .f32Nearest, .f32Sqrt, .f32Add, .f32Sub, .f32Mul, .f32Div,
            .f32Min, .f32Max, .f32Copysign, .f64Copysign, .i32TruncF32S, .i32TruncF32U, .i32TruncF64S,
            .i32TruncF64U, .i64TruncF32S, .i64TruncF32U, .i64TruncF64S, .i64TruncF64U, .i32TruncSatF32S,
            .i32TruncSatF32U, .i64TruncSatF32S, .i64TruncSatF32U, .f32ConvertI32S, .f32ConvertI32U,
            .f32ConvertI64S, .f32ConvertI64U, .f32DemoteF64, .f64PromoteF32, .memorySize, .memoryGrow, .memoryFill,
            .memoryCopy, .memoryInit, .dataDrop, .tableGet, .tableSet, .tableSize, .tableGrow, .tableFill,
            .tableCopy, .tableInit, .elemDrop, .refFunc, .refIsNull, .selectAcc, .i32AddAcc, .i32AddImmAcc,
            .i32SubAcc, .i32SubImmAcc, .i32MulAcc, .i32MulImmAcc, .i32AndAcc, .i32AndImmAcc, .i32OrAcc,
            .i32OrImmAcc, .i32XorAcc, .i32XorImmAcc, .i32ShlAcc, .i32ShlImmAcc, .i32ShrSAcc, .i32ShrSImmAcc,
            .i32ShrUAcc, .i32ShrUImmAcc, .i32RotlAcc, .i32RotlImmAcc, .i32RotrAcc, .i32RotrImmAcc, .i64AddAcc,
            .i64AddImmAcc, .i64SubAcc, .i64SubImmAcc, .i64MulAcc, .i64MulImmAcc, .i64AndAcc, .i64AndImmAcc,
            .i64OrAcc, .i64OrImmAcc, .i64XorAcc, .i64XorImmAcc, .i64ShlAcc, .i64ShlImmAcc, .i64ShrSAcc,
            .i64ShrSImmAcc, .i64ShrUAcc, .i64ShrUImmAcc, .i64RotlAcc, .i64RotlImmAcc, .i64RotrAcc, .i64RotrImmAcc,
            .i32EqAcc, .i32EqImmAcc, .i64EqAcc, .i32NeAcc, .i32NeImmAcc, .i64NeAcc, .i32LtSAcc, .i32LtSImmAcc,
            .i64LtSAcc, .i32LtUAcc, .i32LtUImmAcc, .i64LtUAcc, .i32GtSAcc, .i32GtSImmAcc, .i64GtSAcc, .i32GtUAcc,
            .i32GtUImmAcc, .i64GtUAcc, .i32LeSAcc, .i32LeSImmAcc, .i64LeSAcc, .i32LeUAcc, .i32LeUImmAcc,
            .i64LeUAcc, .i32GeSAcc, .i32GeSImmAcc, .i64GeSAcc, .i32GeUAcc, .i32GeUImmAcc, .i64GeUAcc, .f64EqAcc,
            .f64NeAcc, .f64LtAcc, .f64GtAcc, .f64LeAcc, .f64GeAcc, .f64AddAcc, .f64SubAcc, .f64MulAcc, .f64DivAcc,
            .f64MinAcc, .f64MaxAcc, .i32EqzAcc, .i64EqzAcc, .i32ClzAcc, .i32CtzAcc, .i32PopcntAcc, .i64ClzAcc,
            .i64CtzAcc, .i64PopcntAcc, .i32Extend8SAcc, .i32Extend16SAcc, .i64Extend8SAcc, .i64Extend16SAcc,
            .i64Extend32SAcc, .i32WrapI64Acc, .f64AbsAcc, .f64NegAcc, .f64CeilAcc, .f64FloorAcc, .f64TruncAcc,
            .f64NearestAcc, .f64SqrtAcc, .i32TruncSatF64SAcc, .i32TruncSatF64UAcc, .i64TruncSatF64SAcc,
            .i64TruncSatF64UAcc, .f64ConvertI32SAcc, .f64ConvertI32UAcc, .f64ConvertI64SAcc, .f64ConvertI64UAcc,
            .load32Acc, .load64Acc, .load8S32Acc, .load8U32Acc, .load16S32Acc, .load16U32Acc, .load8S64Acc,
            .load16S64Acc, .load32S64Acc, .store8ValueAcc, .store8AddressAcc, .store16ValueAcc, .store16AddressAcc,
            .store32ValueAcc, .store32AddressAcc, .store64ValueAcc, .store64AddressAcc, .store64ValueFacc,
            .store8ImmAddressAcc, .store16ImmAddressAcc, .store32ImmAddressAcc, .brIfNezAcc, .brIfEqzAcc,
            .brI32EqAcc, .brI32EqImmAcc, .brI64EqAcc, .brI32NeAcc, .brI32NeImmAcc, .brI64NeAcc, .brI32LtSAcc,
            .brI32LtSImmAcc, .brI64LtSAcc, .brI32LtUAcc, .brI32LtUImmAcc, .brI64LtUAcc, .brI32GtSAcc,
            .brI32GtSImmAcc, .brI64GtSAcc, .brI32GtUAcc, .brI32GtUImmAcc, .brI64GtUAcc, .brI32LeSAcc,
            .brI32LeSImmAcc, .brI64LeSAcc, .brI32LeUAcc, .brI32LeUImmAcc, .brI64LeUAcc, .brI32GeSAcc,
            .brI32GeSImmAcc, .brI64GeSAcc, .brI32GeUAcc, .brI32GeUImmAcc, .brI64GeUAcc: []
        case .f64AddAccThenStore: []
        case .f64SubAccThenStore: []
        case .f64SubRhsAccThenStore: []
        case .f64MulAccThenStore: []
        case .constThenLoad32: []
        case .constThenLoad64: []
        case .constThenLoadF64: []
        case .constThenStore32: []
        case .constThenStore64: []
        }
    }
}

/// An accumulator form of an opcode (see `Opcode.accumulatorForms`).
struct AccumulatorForm {
    /// Which operand of a translator `Instr` (`d` is the low half of `imm`).
    enum Field { case a, b, c, d }
    var opcode: Opcode
    var operand: Field
    var register: Source
    var commutativeWith: Field? = nil

    init(_ opcode: Opcode, operand: Field, register: Source, commutativeWith: Field? = nil) {
        self.opcode = opcode
        self.operand = operand
        self.register = register
        self.commutativeWith = commutativeWith
    }
}

extension Opcode {
    /// Whether `imm` (`d` once compiled) is a branch offset.
    var isBranch: Bool {
        switch self {
        case .store8Indexed: false
        case .store16Indexed: false
        case .store32Indexed: false
        case .store64Indexed: false
        case .store8ImmIndexed: false
        case .store16ImmIndexed: false
        case .store32ImmIndexed: false
        case .load32Indexed: false
        case .load64Indexed: false
        case .loadF64Indexed: false
        case .load8S32Indexed: false
        case .load8U32Indexed: false
        case .load16S32Indexed: false
        case .load16U32Indexed: false
        case .incBrIfNez: true
        case .incBrIfEqz: true
        case .incBrI32Eq: true
        case .incBrI32Ne: true
        case .incBrI32LtS: true
        case .incBrI32LtU: true
        case .incBrI32GtS: true
        case .incBrI32GtU: true
        case .incBrI32LeS: true
        case .incBrI32LeU: true
        case .incBrI32GeS: true
        case .incBrI32GeU: true
        case .incBrI32EqImm: true
        case .incBrI32NeImm: true
        case .incBrI32LtSImm: true
        case .incBrI32LtUImm: true
        case .incBrI32GtSImm: true
        case .incBrI32GtUImm: true
        case .incBrI32LeSImm: true
        case .incBrI32LeUImm: true
        case .incBrI32GeSImm: true
        case .incBrI32GeUImm: true
        case .loadF64: false
        case .f64AddImm: false
        case .f64SubImm: false
        case .f64MulImm: false
        case .f64DivImm: false
        case .loadF64Acc: false
        case .i32SubRhsAcc: false
        case .i64SubRhsAcc: false
        case .f64SubRhsAcc: false
        case .f64DivRhsAcc: false
        case .f64AddImmAcc: false
        case .f64SubImmAcc: false
        case .f64MulImmAcc: false
        case .f64DivImmAcc: false
        case .br, .brIfNez, .brIfEqz, .brI32Eq, .brI32Ne, .brI32LtS, .brI32LtU, .brI32GtS, .brI32GtU, .brI32LeS,
            .brI32LeU, .brI32GeS, .brI32GeU, .brI32EqImm, .brI32NeImm, .brI32LtSImm, .brI32LtUImm, .brI32GtSImm,
            .brI32GtUImm, .brI32LeSImm, .brI32LeUImm, .brI32GeSImm, .brI32GeUImm, .brI64Eq, .brI64Ne, .brI64LtS,
            .brI64LtU, .brI64GtS, .brI64GtU, .brI64LeS, .brI64LeU, .brI64GeS, .brI64GeU, .brIfNezAcc, .brIfEqzAcc,
            .brI32EqAcc, .brI32EqImmAcc, .brI64EqAcc, .brI32NeAcc, .brI32NeImmAcc, .brI64NeAcc, .brI32LtSAcc,
            .brI32LtSImmAcc, .brI64LtSAcc, .brI32LtUAcc, .brI32LtUImmAcc, .brI64LtUAcc, .brI32GtSAcc,
            .brI32GtSImmAcc, .brI64GtSAcc, .brI32GtUAcc, .brI32GtUImmAcc, .brI64GtUAcc, .brI32LeSAcc,
            .brI32LeSImmAcc, .brI64LeSAcc, .brI32LeUAcc, .brI32LeUImmAcc, .brI64LeUAcc, .brI32GeSAcc,
            .brI32GeSImmAcc, .brI64GeSAcc, .brI32GeUAcc, .brI32GeUImmAcc, .brI64GeUAcc: true
        case .unreachable, .copy, .const, .zeroSlots, .consumeFuel, .brTable, .ret, .ret1, .call, .callIndirect,
            .select, .globalGet, .globalSet, .i32Add, .i32Sub, .i32Mul, .i32DivS, .i32DivU, .i32RemS, .i32RemU,
            .i32And, .i32Or, .i32Xor, .i32Shl, .i32ShrS, .i32ShrU, .i32Rotl, .i32Rotr, .i32AddImm, .i32SubImm,
            .i32MulImm, .i32DivSImm, .i32DivUImm, .i32RemSImm, .i32RemUImm, .i32AndImm, .i32OrImm, .i32XorImm,
            .i32ShlImm, .i32ShrSImm, .i32ShrUImm, .i32RotlImm, .i32RotrImm, .i64Add, .i64Sub, .i64Mul, .i64DivS,
            .i64DivU, .i64RemS, .i64RemU, .i64And, .i64Or, .i64Xor, .i64Shl, .i64ShrS, .i64ShrU, .i64Rotl,
            .i64Rotr, .i64AddImm, .i64SubImm, .i64MulImm, .i64DivSImm, .i64DivUImm, .i64RemSImm, .i64RemUImm,
            .i64AndImm, .i64OrImm, .i64XorImm, .i64ShlImm, .i64ShrSImm, .i64ShrUImm, .i64RotlImm, .i64RotrImm,
            .i32Eqz, .i32Eq, .i32Ne, .i32LtS, .i32LtU, .i32GtS, .i32GtU, .i32LeS, .i32LeU, .i32GeS, .i32GeU,
            .i32EqImm, .i32NeImm, .i32LtSImm, .i32LtUImm, .i32GtSImm, .i32GtUImm, .i32LeSImm, .i32LeUImm,
            .i32GeSImm, .i32GeUImm, .i64Eqz, .i64Eq, .i64Ne, .i64LtS, .i64LtU, .i64GtS, .i64GtU, .i64LeS, .i64LeU,
            .i64GeS, .i64GeU, .f32Eq, .f32Ne, .f32Lt, .f32Gt, .f32Le, .f32Ge, .f64Eq, .f64Ne, .f64Lt, .f64Gt,
            .f64Le, .f64Ge, .i32Clz, .i32Ctz, .i32Popcnt, .i64Clz, .i64Ctz, .i64Popcnt, .i32Extend8S,
            .i32Extend16S, .i64Extend8S, .i64Extend16S, .i64Extend32S, .f32Abs, .f32Neg, .f32Ceil, .f32Floor,
            .f32Trunc, .f32Nearest, .f32Sqrt, .f64Abs, .f64Neg, .f64Ceil, .f64Floor, .f64Trunc, .f64Nearest,
            .f64Sqrt, .f32Add, .f32Sub, .f32Mul, .f32Div, .f32Min, .f32Max, .f32Copysign, .f64Add, .f64Sub,
            .f64Mul, .f64Div, .f64Min, .f64Max, .f64Copysign, .i32WrapI64, .i64ExtendI32S, .i64ExtendI32U,
            .i32TruncF32S, .i32TruncF32U, .i32TruncF64S, .i32TruncF64U, .i64TruncF32S, .i64TruncF32U,
            .i64TruncF64S, .i64TruncF64U, .i32TruncSatF32S, .i32TruncSatF32U, .i32TruncSatF64S, .i32TruncSatF64U,
            .i64TruncSatF32S, .i64TruncSatF32U, .i64TruncSatF64S, .i64TruncSatF64U, .f32ConvertI32S,
            .f32ConvertI32U, .f32ConvertI64S, .f32ConvertI64U, .f32DemoteF64, .f64ConvertI32S, .f64ConvertI32U,
            .f64ConvertI64S, .f64ConvertI64U, .f64PromoteF32, .load32, .load64, .load8S32, .load8U32, .load16S32,
            .load16U32, .load8S64, .load8U64, .load16S64, .load16U64, .load32S64, .load32U64, .store8, .store16,
            .store32, .store64, .store8Imm, .store16Imm, .store32Imm, .memorySize, .memoryGrow, .memoryFill,
            .memoryCopy, .memoryInit, .dataDrop, .tableGet, .tableSet, .tableSize, .tableGrow, .tableFill,
            .tableCopy, .tableInit, .elemDrop, .refFunc, .refIsNull, .selectAcc, .i32AddAcc, .i32AddImmAcc,
            .i32SubAcc, .i32SubImmAcc, .i32MulAcc, .i32MulImmAcc, .i32AndAcc, .i32AndImmAcc, .i32OrAcc,
            .i32OrImmAcc, .i32XorAcc, .i32XorImmAcc, .i32ShlAcc, .i32ShlImmAcc, .i32ShrSAcc, .i32ShrSImmAcc,
            .i32ShrUAcc, .i32ShrUImmAcc, .i32RotlAcc, .i32RotlImmAcc, .i32RotrAcc, .i32RotrImmAcc, .i64AddAcc,
            .i64AddImmAcc, .i64SubAcc, .i64SubImmAcc, .i64MulAcc, .i64MulImmAcc, .i64AndAcc, .i64AndImmAcc,
            .i64OrAcc, .i64OrImmAcc, .i64XorAcc, .i64XorImmAcc, .i64ShlAcc, .i64ShlImmAcc, .i64ShrSAcc,
            .i64ShrSImmAcc, .i64ShrUAcc, .i64ShrUImmAcc, .i64RotlAcc, .i64RotlImmAcc, .i64RotrAcc, .i64RotrImmAcc,
            .i32EqAcc, .i32EqImmAcc, .i64EqAcc, .i32NeAcc, .i32NeImmAcc, .i64NeAcc, .i32LtSAcc, .i32LtSImmAcc,
            .i64LtSAcc, .i32LtUAcc, .i32LtUImmAcc, .i64LtUAcc, .i32GtSAcc, .i32GtSImmAcc, .i64GtSAcc, .i32GtUAcc,
            .i32GtUImmAcc, .i64GtUAcc, .i32LeSAcc, .i32LeSImmAcc, .i64LeSAcc, .i32LeUAcc, .i32LeUImmAcc,
            .i64LeUAcc, .i32GeSAcc, .i32GeSImmAcc, .i64GeSAcc, .i32GeUAcc, .i32GeUImmAcc, .i64GeUAcc, .f64EqAcc,
            .f64NeAcc, .f64LtAcc, .f64GtAcc, .f64LeAcc, .f64GeAcc, .f64AddAcc, .f64SubAcc, .f64MulAcc, .f64DivAcc,
            .f64MinAcc, .f64MaxAcc, .i32EqzAcc, .i64EqzAcc, .i32ClzAcc, .i32CtzAcc, .i32PopcntAcc, .i64ClzAcc,
            .i64CtzAcc, .i64PopcntAcc, .i32Extend8SAcc, .i32Extend16SAcc, .i64Extend8SAcc, .i64Extend16SAcc,
            .i64Extend32SAcc, .i32WrapI64Acc, .f64AbsAcc, .f64NegAcc, .f64CeilAcc, .f64FloorAcc, .f64TruncAcc,
            .f64NearestAcc, .f64SqrtAcc, .i32TruncSatF64SAcc, .i32TruncSatF64UAcc, .i64TruncSatF64SAcc,
            .i64TruncSatF64UAcc, .f64ConvertI32SAcc, .f64ConvertI32UAcc, .f64ConvertI64SAcc, .f64ConvertI64UAcc,
            .load32Acc, .load64Acc, .load8S32Acc, .load8U32Acc, .load16S32Acc, .load16U32Acc, .load8S64Acc,
            .load16S64Acc, .load32S64Acc, .store8ValueAcc, .store8AddressAcc, .store16ValueAcc, .store16AddressAcc,
            .store32ValueAcc, .store32AddressAcc, .store64ValueAcc, .store64AddressAcc, .store64ValueFacc,
            .store8ImmAddressAcc, .store16ImmAddressAcc, .store32ImmAddressAcc: false
        case .f64AddAccThenStore: false
        case .f64SubAccThenStore: false
        case .f64SubRhsAccThenStore: false
        case .f64MulAccThenStore: false
        case .constThenLoad32: false
        case .constThenLoad64: false
        case .constThenLoadF64: false
        case .constThenStore32: false
        case .constThenStore64: false
        }
    }
}
