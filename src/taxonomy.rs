//! The fixed vocabularies of windows data: who a window is for, the six 重層 programmes
//! (社会福祉法第106条の4第2項 第1号〜第6号) and the ways a window is run. Dependency-free, so
//! the build-time compiler and the browser's directory filter share one list.

/// Who a consultation window is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Audience {
    /// Anyone (全般).
    General,
    /// Older people (高齢).
    Elderly,
    /// People with disabilities (障がい).
    Disability,
    /// Children, pregnancy and child-rearing (子ども・子育て).
    Children,
    /// Money, work and housing trouble (生活困窮).
    Poverty,
    /// Withdrawal and isolation (ひきこもり・孤立).
    Isolation,
}

impl Audience {
    /// Every audience, in display order.
    pub const ALL: [Audience; 6] = [
        Audience::General,
        Audience::Elderly,
        Audience::Disability,
        Audience::Children,
        Audience::Poverty,
        Audience::Isolation,
    ];

    /// The id used in windows.toml, URLs and data attributes.
    pub fn id(self) -> &'static str {
        match self {
            Audience::General => "general",
            Audience::Elderly => "elderly",
            Audience::Disability => "disability",
            Audience::Children => "children",
            Audience::Poverty => "poverty",
            Audience::Isolation => "isolation",
        }
    }

    /// The label shown to readers.
    pub fn label(self) -> &'static str {
        match self {
            Audience::General => "全般（だれでも）",
            Audience::Elderly => "高齢",
            Audience::Disability => "障がい",
            Audience::Children => "子ども・子育て",
            Audience::Poverty => "生活困窮（お金・仕事・住まい）",
            Audience::Isolation => "ひきこもり・孤立",
        }
    }

    /// The audience with this id, if any.
    pub fn from_id(id: &str) -> Option<Audience> {
        Audience::ALL.into_iter().find(|audience| audience.id() == id)
    }
}

/// One of the six programmes of 重層的支援体制整備事業.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Programme {
    /// 第N号 of 社会福祉法第106条の4第2項.
    pub number: u8,
    /// Name, e.g. 包括的相談支援事業.
    pub name: &'static str,
    /// Page id of its national explanation.
    pub page_id: &'static str,
}

/// The six programmes, 第1号 to 第6号.
pub const PROGRAMMES: [Programme; 6] = [
    Programme { number: 1, name: "包括的相談支援事業", page_id: "programmes/comprehensive-consultation" },
    Programme { number: 2, name: "参加支援事業", page_id: "programmes/participation-support" },
    Programme { number: 3, name: "地域づくり事業", page_id: "programmes/community-building" },
    Programme {
        number: 4, name: "アウトリーチ等を通じた継続的支援事業", page_id: "programmes/outreach"
    },
    Programme { number: 5, name: "多機関協働事業", page_id: "programmes/multi-agency" },
    Programme { number: 6, name: "支援プラン作成", page_id: "programmes/support-plan" },
];

/// The programme with this number (1–6), if any.
pub fn programme(number: u8) -> Option<&'static Programme> {
    PROGRAMMES.iter().find(|programme| programme.number == number)
}

/// The legal reference of a programme, e.g. 社会福祉法第106条の4第2項第1号.
pub fn programme_article(number: u8) -> String {
    format!("社会福祉法第106条の4第2項第{number}号")
}

/// A way of running a window, as plans write it in their 運営方法 column.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Operation {
    /// Run by the city itself (直営).
    Direct,
    /// Contracted out (委託).
    Contracted,
    /// Subsidised (補助).
    Subsidised,
    /// Run by residents (住民主体).
    ResidentLed,
    /// Run by service providers (事業者).
    Providers,
}

impl Operation {
    /// Every way, in display order.
    pub const ALL: [Operation; 5] =
        [Operation::Direct, Operation::Contracted, Operation::Subsidised, Operation::ResidentLed, Operation::Providers];

    /// The word plans use.
    pub fn label(self) -> &'static str {
        match self {
            Operation::Direct => "直営",
            Operation::Contracted => "委託",
            Operation::Subsidised => "補助",
            Operation::ResidentLed => "住民主体",
            Operation::Providers => "事業者",
        }
    }

    /// The ways named in a plan's text, e.g. 「直営 + 委託 + 補助」 or 「市直営（一部委託）」.
    pub fn found_in(text: &str) -> Vec<Operation> {
        Operation::ALL.into_iter().filter(|operation| text.contains(operation.label())).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn audience_ids_round_trip() {
        for audience in Audience::ALL {
            assert_eq!(Audience::from_id(audience.id()), Some(audience));
        }
        assert_eq!(Audience::from_id("<script>"), None);
    }

    #[test]
    fn operations_are_found_in_plan_wording() {
        assert_eq!(
            Operation::found_in("直営 + 委託 + 補助"),
            vec![Operation::Direct, Operation::Contracted, Operation::Subsidised]
        );
        assert_eq!(Operation::found_in("市直営 (一部委託)"), vec![Operation::Direct, Operation::Contracted]);
        assert_eq!(Operation::found_in("住民主体等"), vec![Operation::ResidentLed]);
        assert!(Operation::found_in("—").is_empty());
    }
}
