/// Used in `attachment.createdBy`, `attachment.updatedBy`, `chat.createdBy`, `chat.updatedBy` and 27 more.
///
/// One of 5 kinds, told apart by `actorType`.
#[derive(Clone, Debug, PartialEq)]
#[derive(::plain_webhooks::__private::serde::Serialize)]
#[serde(crate = "::plain_webhooks::__private::serde")]
#[serde(tag = "actorType")]
pub enum Actor {
    /// `actorType: "UNKNOWN"`
    #[serde(rename = "UNKNOWN")]
    Unknown,
    /// `actorType: "user"`
    #[serde(rename = "user")]
    User(UserActor),
    /// `actorType: "machineUser"`
    #[serde(rename = "machineUser")]
    MachineUser(MachineUserActor),
    /// `actorType: "system"`
    #[serde(rename = "system")]
    System(SystemActor),
    /// `actorType: "customer"`
    #[serde(rename = "customer")]
    Customer(CustomerActor),
}
impl<'de> ::plain_webhooks::__private::serde::Deserialize<'de> for Actor {
    fn deserialize<D: ::plain_webhooks::__private::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        ::plain_webhooks::__private::tagged::deserialize(deserializer)
    }
}
#[doc(hidden)]
impl ::plain_webhooks::__private::tagged::Tagged for Actor {
    const NAME: &'static str = "Actor";
    const TAG: &'static str = "actorType";
    const VARIANTS: &'static [&'static str] = &[
        "UNKNOWN",
        "user",
        "machineUser",
        "system",
        "customer",
    ];
    fn variant<'de, M: ::plain_webhooks::__private::serde::de::MapAccess<'de>>(
        tag: &str,
        rest: M,
    ) -> ::core::result::Result<Self, M::Error> {
        match tag {
            "UNKNOWN" => {
                ::plain_webhooks::__private::tagged::unit(rest).map(|()| Self::Unknown)
            }
            "user" => ::plain_webhooks::__private::tagged::fields(rest).map(Self::User),
            "machineUser" => {
                ::plain_webhooks::__private::tagged::fields(rest).map(Self::MachineUser)
            }
            "system" => {
                ::plain_webhooks::__private::tagged::fields(rest).map(Self::System)
            }
            "customer" => {
                ::plain_webhooks::__private::tagged::fields(rest).map(Self::Customer)
            }
            _ => {
                ::core::result::Result::Err(
                    ::plain_webhooks::__private::tagged::unknown::<Self, M::Error>(tag),
                )
            }
        }
    }
}
/// Used in `chat.attachments[]`, `discordMessage.attachments[]`, `email.attachments[]`, `msTeamsMessage.attachments[]` and 1 more.
#[derive(Clone, Debug, PartialEq)]
#[derive(
    ::plain_webhooks::__private::serde::Deserialize,
    ::plain_webhooks::__private::serde::Serialize
)]
#[serde(crate = "::plain_webhooks::__private::serde")]
pub struct Attachment {
    #[serde(rename = "createdAt")]
    pub created_at: ::plain_webhooks::__private::chrono::DateTime<
        ::plain_webhooks::__private::chrono::Utc,
    >,
    #[serde(rename = "createdBy")]
    pub created_by: Actor,
    #[serde(
        rename = "fileExtension",
        deserialize_with = "::plain_webhooks::__private::required_nullable"
    )]
    pub file_extension: ::core::option::Option<::std::string::String>,
    #[serde(rename = "fileMimeType")]
    pub file_mime_type: AttachmentFileMimeType,
    #[serde(rename = "fileName")]
    pub file_name: AttachmentFileName,
    #[serde(rename = "fileSizeBytes")]
    pub file_size_bytes: u64,
    pub id: Id,
    #[serde(rename = "updatedAt")]
    pub updated_at: ::plain_webhooks::__private::chrono::DateTime<
        ::plain_webhooks::__private::chrono::Utc,
    >,
    #[serde(rename = "updatedBy")]
    pub updated_by: Actor,
}
/// Used in `attachment.fileMimeType`, `chatEntryAttachment.fileMimeType`, `customEntryAttachment.fileMimeType`, `emailEntryAttachment.fileMimeType`.
#[derive(
    Clone,
    Debug,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    ::plain_webhooks::__private::serde::Serialize
)]
#[serde(crate = "::plain_webhooks::__private::serde")]
#[serde(transparent)]
pub struct AttachmentFileMimeType(::std::string::String);
impl AttachmentFileMimeType {
    /// The string.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}
impl ::core::ops::Deref for AttachmentFileMimeType {
    type Target = str;
    fn deref(&self) -> &str {
        &self.0
    }
}
impl ::core::fmt::Display for AttachmentFileMimeType {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(&self.0)
    }
}
impl<'de> ::plain_webhooks::__private::serde::Deserialize<'de>
for AttachmentFileMimeType {
    fn deserialize<D: ::plain_webhooks::__private::serde::Deserializer<'de>>(
        d: D,
    ) -> ::core::result::Result<Self, D::Error> {
        static CHECK: ::plain_webhooks::__private::TextCheck = ::plain_webhooks::__private::TextCheck::new(
            ::core::option::Option::None,
            ::core::option::Option::Some(1usize),
            ::core::option::Option::None,
        );
        CHECK.deserialize(d).map(Self)
    }
}
/// Used in `attachment.fileName`, `chatEntryAttachment.fileName`, `customEntryAttachment.fileName`, `emailEntryAttachment.fileName`.
#[derive(
    Clone,
    Debug,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    ::plain_webhooks::__private::serde::Serialize
)]
#[serde(crate = "::plain_webhooks::__private::serde")]
#[serde(transparent)]
pub struct AttachmentFileName(::std::string::String);
impl AttachmentFileName {
    /// The string.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}
impl ::core::ops::Deref for AttachmentFileName {
    type Target = str;
    fn deref(&self) -> &str {
        &self.0
    }
}
impl ::core::fmt::Display for AttachmentFileName {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(&self.0)
    }
}
impl<'de> ::plain_webhooks::__private::serde::Deserialize<'de> for AttachmentFileName {
    fn deserialize<D: ::plain_webhooks::__private::serde::Deserializer<'de>>(
        d: D,
    ) -> ::core::result::Result<Self, D::Error> {
        static CHECK: ::plain_webhooks::__private::TextCheck = ::plain_webhooks::__private::TextCheck::new(
            ::core::option::Option::None,
            ::core::option::Option::Some(1usize),
            ::core::option::Option::None,
        );
        CHECK.deserialize(d).map(Self)
    }
}
/// Used in `threadChatReceivedPublicEventPayload.chat`, `threadChatSentPublicEventPayload.chat`.
#[derive(Clone, Debug, PartialEq)]
#[derive(
    ::plain_webhooks::__private::serde::Deserialize,
    ::plain_webhooks::__private::serde::Serialize
)]
#[serde(crate = "::plain_webhooks::__private::serde")]
pub struct Chat {
    pub attachments: ::std::vec::Vec<Attachment>,
    #[serde(rename = "createdAt")]
    pub created_at: ::plain_webhooks::__private::chrono::DateTime<
        ::plain_webhooks::__private::chrono::Utc,
    >,
    #[serde(rename = "createdBy")]
    pub created_by: Actor,
    #[serde(
        rename = "customerReadAt",
        deserialize_with = "::plain_webhooks::__private::required_nullable"
    )]
    pub customer_read_at: ::core::option::Option<
        ::plain_webhooks::__private::chrono::DateTime<
            ::plain_webhooks::__private::chrono::Utc,
        >,
    >,
    pub id: Id,
    #[serde(default, skip_serializing_if = "::core::option::Option::is_none")]
    pub text: ::core::option::Option<ChatText>,
    #[serde(rename = "timelineEntryId")]
    pub timeline_entry_id: Id,
    #[serde(rename = "updatedAt")]
    pub updated_at: ::plain_webhooks::__private::chrono::DateTime<
        ::plain_webhooks::__private::chrono::Utc,
    >,
    #[serde(rename = "updatedBy")]
    pub updated_by: Actor,
}
/// Used in `timelineEntryEntry`.
#[derive(Clone, Debug, PartialEq)]
#[derive(
    ::plain_webhooks::__private::serde::Deserialize,
    ::plain_webhooks::__private::serde::Serialize
)]
#[serde(crate = "::plain_webhooks::__private::serde")]
pub struct ChatEntry {
    pub attachments: ::std::vec::Vec<ChatEntryAttachment>,
    #[serde(rename = "chatId")]
    pub chat_id: Id,
    #[serde(
        rename = "customerReadAt",
        deserialize_with = "::plain_webhooks::__private::required_nullable"
    )]
    pub customer_read_at: ::core::option::Option<
        ::plain_webhooks::__private::chrono::DateTime<
            ::plain_webhooks::__private::chrono::Utc,
        >,
    >,
    #[serde(deserialize_with = "::plain_webhooks::__private::required_nullable")]
    pub text: ::core::option::Option<::std::string::String>,
}
/// Used in `chatEntry.attachments[]`.
#[derive(Clone, Debug, PartialEq)]
#[derive(
    ::plain_webhooks::__private::serde::Deserialize,
    ::plain_webhooks::__private::serde::Serialize
)]
#[serde(crate = "::plain_webhooks::__private::serde")]
pub struct ChatEntryAttachment {
    #[serde(rename = "createdAt")]
    pub created_at: ::plain_webhooks::__private::chrono::DateTime<
        ::plain_webhooks::__private::chrono::Utc,
    >,
    #[serde(rename = "createdBy")]
    pub created_by: Actor,
    #[serde(
        rename = "fileExtension",
        deserialize_with = "::plain_webhooks::__private::required_nullable"
    )]
    pub file_extension: ::core::option::Option<::std::string::String>,
    #[serde(rename = "fileMimeType")]
    pub file_mime_type: AttachmentFileMimeType,
    #[serde(rename = "fileName")]
    pub file_name: AttachmentFileName,
    #[serde(rename = "fileSizeBytes")]
    pub file_size_bytes: u64,
    pub id: Id,
    #[serde(rename = "type")]
    pub type_: ChatEntryAttachmentType,
    #[serde(rename = "updatedAt")]
    pub updated_at: ::plain_webhooks::__private::chrono::DateTime<
        ::plain_webhooks::__private::chrono::Utc,
    >,
    #[serde(rename = "updatedBy")]
    pub updated_by: Actor,
}
/// Used in `chatEntryAttachment.type`.
///
/// Always `"CHAT"`: checked when a body is parsed.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ChatEntryAttachmentType;
impl ChatEntryAttachmentType {
    /// The one value.
    pub const VALUE: &'static str = "CHAT";
}
impl ::plain_webhooks::__private::serde::Serialize for ChatEntryAttachmentType {
    fn serialize<S: ::plain_webhooks::__private::serde::Serializer>(
        &self,
        s: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        s.serialize_str(Self::VALUE)
    }
}
impl<'de> ::plain_webhooks::__private::serde::Deserialize<'de>
for ChatEntryAttachmentType {
    fn deserialize<D: ::plain_webhooks::__private::serde::Deserializer<'de>>(
        d: D,
    ) -> ::core::result::Result<Self, D::Error> {
        ::plain_webhooks::__private::constant(d, Self::VALUE).map(|()| Self)
    }
}
/// Used in `chat.text`.
#[derive(
    Clone,
    Debug,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    ::plain_webhooks::__private::serde::Serialize
)]
#[serde(crate = "::plain_webhooks::__private::serde")]
#[serde(transparent)]
pub struct ChatText(::std::string::String);
impl ChatText {
    /// The string.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}
impl ::core::ops::Deref for ChatText {
    type Target = str;
    fn deref(&self) -> &str {
        &self.0
    }
}
impl ::core::fmt::Display for ChatText {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(&self.0)
    }
}
impl<'de> ::plain_webhooks::__private::serde::Deserialize<'de> for ChatText {
    fn deserialize<D: ::plain_webhooks::__private::serde::Deserializer<'de>>(
        d: D,
    ) -> ::core::result::Result<Self, D::Error> {
        static CHECK: ::plain_webhooks::__private::TextCheck = ::plain_webhooks::__private::TextCheck::new(
            ::core::option::Option::None,
            ::core::option::Option::Some(1usize),
            ::core::option::Option::Some(5000usize),
        );
        CHECK.deserialize(d).map(Self)
    }
}
/// Used in `customEntry.components[]`.
///
/// One of 11 kinds, told apart by `type`.
#[derive(Clone, Debug, PartialEq)]
#[derive(::plain_webhooks::__private::serde::Serialize)]
#[serde(crate = "::plain_webhooks::__private::serde")]
#[serde(tag = "type")]
pub enum Component {
    /// `type: "UNKNOWN"`
    #[serde(rename = "UNKNOWN")]
    Unknown,
    /// `type: "text"`
    #[serde(rename = "text")]
    Text(ComponentText),
    /// `type: "plainText"`
    #[serde(rename = "plainText")]
    PlainText(ComponentPlainText),
    /// `type: "spacer"`
    #[serde(rename = "spacer")]
    Spacer(ComponentSpacer),
    /// `type: "divider"`
    #[serde(rename = "divider")]
    Divider(ComponentDivider),
    /// `type: "linkButton"`
    #[serde(rename = "linkButton")]
    LinkButton(ComponentLinkButton),
    /// `type: "workflowButton"`
    #[serde(rename = "workflowButton")]
    WorkflowButton(ComponentWorkflowButton),
    /// `type: "badge"`
    #[serde(rename = "badge")]
    Badge(ComponentBadge),
    /// `type: "copyButton"`
    #[serde(rename = "copyButton")]
    CopyButton(ComponentCopyButton),
    /// `type: "row"`
    #[serde(rename = "row")]
    Row(ComponentRow),
    /// `type: "container"`
    #[serde(rename = "container")]
    Container(ComponentContainer),
}
impl<'de> ::plain_webhooks::__private::serde::Deserialize<'de> for Component {
    fn deserialize<D: ::plain_webhooks::__private::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        ::plain_webhooks::__private::tagged::deserialize(deserializer)
    }
}
#[doc(hidden)]
impl ::plain_webhooks::__private::tagged::Tagged for Component {
    const NAME: &'static str = "Component";
    const TAG: &'static str = "type";
    const VARIANTS: &'static [&'static str] = &[
        "UNKNOWN",
        "text",
        "plainText",
        "spacer",
        "divider",
        "linkButton",
        "workflowButton",
        "badge",
        "copyButton",
        "row",
        "container",
    ];
    fn variant<'de, M: ::plain_webhooks::__private::serde::de::MapAccess<'de>>(
        tag: &str,
        rest: M,
    ) -> ::core::result::Result<Self, M::Error> {
        match tag {
            "UNKNOWN" => {
                ::plain_webhooks::__private::tagged::unit(rest).map(|()| Self::Unknown)
            }
            "text" => ::plain_webhooks::__private::tagged::fields(rest).map(Self::Text),
            "plainText" => {
                ::plain_webhooks::__private::tagged::fields(rest).map(Self::PlainText)
            }
            "spacer" => {
                ::plain_webhooks::__private::tagged::fields(rest).map(Self::Spacer)
            }
            "divider" => {
                ::plain_webhooks::__private::tagged::fields(rest).map(Self::Divider)
            }
            "linkButton" => {
                ::plain_webhooks::__private::tagged::fields(rest).map(Self::LinkButton)
            }
            "workflowButton" => {
                ::plain_webhooks::__private::tagged::fields(rest)
                    .map(Self::WorkflowButton)
            }
            "badge" => ::plain_webhooks::__private::tagged::fields(rest).map(Self::Badge),
            "copyButton" => {
                ::plain_webhooks::__private::tagged::fields(rest).map(Self::CopyButton)
            }
            "row" => ::plain_webhooks::__private::tagged::fields(rest).map(Self::Row),
            "container" => {
                ::plain_webhooks::__private::tagged::fields(rest).map(Self::Container)
            }
            _ => {
                ::core::result::Result::Err(
                    ::plain_webhooks::__private::tagged::unknown::<Self, M::Error>(tag),
                )
            }
        }
    }
}
/// Used in `component`, `componentContainerContent`, `componentRowContent`.
#[derive(Clone, Debug, PartialEq)]
#[derive(
    ::plain_webhooks::__private::serde::Deserialize,
    ::plain_webhooks::__private::serde::Serialize
)]
#[serde(crate = "::plain_webhooks::__private::serde")]
pub struct ComponentBadge {
    #[serde(
        rename = "badgeColor",
        deserialize_with = "::plain_webhooks::__private::required_nullable"
    )]
    pub badge_color: ::core::option::Option<ComponentBadgeColor>,
    #[serde(rename = "badgeLabel")]
    pub badge_label: ComponentBadgeBadgeLabel,
}
/// Used in `componentBadge.badgeLabel`.
#[derive(
    Clone,
    Debug,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    ::plain_webhooks::__private::serde::Serialize
)]
#[serde(crate = "::plain_webhooks::__private::serde")]
#[serde(transparent)]
pub struct ComponentBadgeBadgeLabel(::std::string::String);
impl ComponentBadgeBadgeLabel {
    /// The string.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}
impl ::core::ops::Deref for ComponentBadgeBadgeLabel {
    type Target = str;
    fn deref(&self) -> &str {
        &self.0
    }
}
impl ::core::fmt::Display for ComponentBadgeBadgeLabel {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(&self.0)
    }
}
impl<'de> ::plain_webhooks::__private::serde::Deserialize<'de>
for ComponentBadgeBadgeLabel {
    fn deserialize<D: ::plain_webhooks::__private::serde::Deserializer<'de>>(
        d: D,
    ) -> ::core::result::Result<Self, D::Error> {
        static CHECK: ::plain_webhooks::__private::TextCheck = ::plain_webhooks::__private::TextCheck::new(
            ::core::option::Option::None,
            ::core::option::Option::None,
            ::core::option::Option::Some(500usize),
        );
        CHECK.deserialize(d).map(Self)
    }
}
/// Used in `componentBadge.badgeColor`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[derive(
    ::plain_webhooks::__private::serde::Deserialize,
    ::plain_webhooks::__private::serde::Serialize
)]
#[serde(crate = "::plain_webhooks::__private::serde")]
pub enum ComponentBadgeColor {
    #[serde(rename = "GREY")]
    Grey,
    #[serde(rename = "GREEN")]
    Green,
    #[serde(rename = "YELLOW")]
    Yellow,
    #[serde(rename = "RED")]
    Red,
    #[serde(rename = "BLUE")]
    Blue,
    #[serde(rename = "UNKNOWN_COMPONENT_BADGE_COLOR")]
    UnknownComponentBadgeColor,
}
/// Used in `component`.
#[derive(Clone, Debug, PartialEq)]
#[derive(
    ::plain_webhooks::__private::serde::Deserialize,
    ::plain_webhooks::__private::serde::Serialize
)]
#[serde(crate = "::plain_webhooks::__private::serde")]
pub struct ComponentContainer {
    #[serde(rename = "containerContent")]
    pub container_content: ::std::vec::Vec<ComponentContainerContent>,
}
/// Used in `componentContainer.containerContent[]`.
///
/// One of 10 kinds, told apart by `type`.
#[derive(Clone, Debug, PartialEq)]
#[derive(::plain_webhooks::__private::serde::Serialize)]
#[serde(crate = "::plain_webhooks::__private::serde")]
#[serde(tag = "type")]
pub enum ComponentContainerContent {
    /// `type: "UNKNOWN"`
    #[serde(rename = "UNKNOWN")]
    Unknown,
    /// `type: "text"`
    #[serde(rename = "text")]
    Text(ComponentText),
    /// `type: "plainText"`
    #[serde(rename = "plainText")]
    PlainText(ComponentPlainText),
    /// `type: "spacer"`
    #[serde(rename = "spacer")]
    Spacer(ComponentSpacer),
    /// `type: "divider"`
    #[serde(rename = "divider")]
    Divider(ComponentDivider),
    /// `type: "linkButton"`
    #[serde(rename = "linkButton")]
    LinkButton(ComponentLinkButton),
    /// `type: "workflowButton"`
    #[serde(rename = "workflowButton")]
    WorkflowButton(ComponentWorkflowButton),
    /// `type: "badge"`
    #[serde(rename = "badge")]
    Badge(ComponentBadge),
    /// `type: "copyButton"`
    #[serde(rename = "copyButton")]
    CopyButton(ComponentCopyButton),
    /// `type: "row"`
    #[serde(rename = "row")]
    Row(ComponentRow),
}
impl<'de> ::plain_webhooks::__private::serde::Deserialize<'de>
for ComponentContainerContent {
    fn deserialize<D: ::plain_webhooks::__private::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        ::plain_webhooks::__private::tagged::deserialize(deserializer)
    }
}
#[doc(hidden)]
impl ::plain_webhooks::__private::tagged::Tagged for ComponentContainerContent {
    const NAME: &'static str = "ComponentContainerContent";
    const TAG: &'static str = "type";
    const VARIANTS: &'static [&'static str] = &[
        "UNKNOWN",
        "text",
        "plainText",
        "spacer",
        "divider",
        "linkButton",
        "workflowButton",
        "badge",
        "copyButton",
        "row",
    ];
    fn variant<'de, M: ::plain_webhooks::__private::serde::de::MapAccess<'de>>(
        tag: &str,
        rest: M,
    ) -> ::core::result::Result<Self, M::Error> {
        match tag {
            "UNKNOWN" => {
                ::plain_webhooks::__private::tagged::unit(rest).map(|()| Self::Unknown)
            }
            "text" => ::plain_webhooks::__private::tagged::fields(rest).map(Self::Text),
            "plainText" => {
                ::plain_webhooks::__private::tagged::fields(rest).map(Self::PlainText)
            }
            "spacer" => {
                ::plain_webhooks::__private::tagged::fields(rest).map(Self::Spacer)
            }
            "divider" => {
                ::plain_webhooks::__private::tagged::fields(rest).map(Self::Divider)
            }
            "linkButton" => {
                ::plain_webhooks::__private::tagged::fields(rest).map(Self::LinkButton)
            }
            "workflowButton" => {
                ::plain_webhooks::__private::tagged::fields(rest)
                    .map(Self::WorkflowButton)
            }
            "badge" => ::plain_webhooks::__private::tagged::fields(rest).map(Self::Badge),
            "copyButton" => {
                ::plain_webhooks::__private::tagged::fields(rest).map(Self::CopyButton)
            }
            "row" => ::plain_webhooks::__private::tagged::fields(rest).map(Self::Row),
            _ => {
                ::core::result::Result::Err(
                    ::plain_webhooks::__private::tagged::unknown::<Self, M::Error>(tag),
                )
            }
        }
    }
}
/// Used in `component`, `componentContainerContent`, `componentRowContent`.
#[derive(Clone, Debug, PartialEq)]
#[derive(
    ::plain_webhooks::__private::serde::Deserialize,
    ::plain_webhooks::__private::serde::Serialize
)]
#[serde(crate = "::plain_webhooks::__private::serde")]
pub struct ComponentCopyButton {
    #[serde(
        rename = "copyButtonTooltipLabel",
        deserialize_with = "::plain_webhooks::__private::required_nullable"
    )]
    pub copy_button_tooltip_label: ::core::option::Option<
        ComponentCopyButtonCopyButtonTooltipLabel,
    >,
    #[serde(rename = "copyButtonValue")]
    pub copy_button_value: ComponentCopyButtonCopyButtonValue,
}
/// Used in `componentCopyButton.copyButtonTooltipLabel`.
#[derive(
    Clone,
    Debug,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    ::plain_webhooks::__private::serde::Serialize
)]
#[serde(crate = "::plain_webhooks::__private::serde")]
#[serde(transparent)]
pub struct ComponentCopyButtonCopyButtonTooltipLabel(::std::string::String);
impl ComponentCopyButtonCopyButtonTooltipLabel {
    /// The string.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}
impl ::core::ops::Deref for ComponentCopyButtonCopyButtonTooltipLabel {
    type Target = str;
    fn deref(&self) -> &str {
        &self.0
    }
}
impl ::core::fmt::Display for ComponentCopyButtonCopyButtonTooltipLabel {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(&self.0)
    }
}
impl<'de> ::plain_webhooks::__private::serde::Deserialize<'de>
for ComponentCopyButtonCopyButtonTooltipLabel {
    fn deserialize<D: ::plain_webhooks::__private::serde::Deserializer<'de>>(
        d: D,
    ) -> ::core::result::Result<Self, D::Error> {
        static CHECK: ::plain_webhooks::__private::TextCheck = ::plain_webhooks::__private::TextCheck::new(
            ::core::option::Option::None,
            ::core::option::Option::None,
            ::core::option::Option::Some(500usize),
        );
        CHECK.deserialize(d).map(Self)
    }
}
/// Used in `componentCopyButton.copyButtonValue`.
#[derive(
    Clone,
    Debug,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    ::plain_webhooks::__private::serde::Serialize
)]
#[serde(crate = "::plain_webhooks::__private::serde")]
#[serde(transparent)]
pub struct ComponentCopyButtonCopyButtonValue(::std::string::String);
impl ComponentCopyButtonCopyButtonValue {
    /// The string.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}
impl ::core::ops::Deref for ComponentCopyButtonCopyButtonValue {
    type Target = str;
    fn deref(&self) -> &str {
        &self.0
    }
}
impl ::core::fmt::Display for ComponentCopyButtonCopyButtonValue {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(&self.0)
    }
}
impl<'de> ::plain_webhooks::__private::serde::Deserialize<'de>
for ComponentCopyButtonCopyButtonValue {
    fn deserialize<D: ::plain_webhooks::__private::serde::Deserializer<'de>>(
        d: D,
    ) -> ::core::result::Result<Self, D::Error> {
        static CHECK: ::plain_webhooks::__private::TextCheck = ::plain_webhooks::__private::TextCheck::new(
            ::core::option::Option::None,
            ::core::option::Option::None,
            ::core::option::Option::Some(1000usize),
        );
        CHECK.deserialize(d).map(Self)
    }
}
/// Used in `component`, `componentContainerContent`, `componentRowContent`.
#[derive(Clone, Debug, PartialEq)]
#[derive(
    ::plain_webhooks::__private::serde::Deserialize,
    ::plain_webhooks::__private::serde::Serialize
)]
#[serde(crate = "::plain_webhooks::__private::serde")]
pub struct ComponentDivider {
    #[serde(
        rename = "dividerSpacingSize",
        deserialize_with = "::plain_webhooks::__private::required_nullable"
    )]
    pub divider_spacing_size: ::core::option::Option<ComponentDividerSpacingSize>,
}
/// Used in `componentDivider.dividerSpacingSize`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[derive(
    ::plain_webhooks::__private::serde::Deserialize,
    ::plain_webhooks::__private::serde::Serialize
)]
#[serde(crate = "::plain_webhooks::__private::serde")]
pub enum ComponentDividerSpacingSize {
    #[serde(rename = "XS")]
    Xs,
    S,
    M,
    L,
    #[serde(rename = "XL")]
    Xl,
    #[serde(rename = "UNKNOWN_COMPONENT_DIVIDER_SPACING_SIZE")]
    UnknownComponentDividerSpacingSize,
}
/// Used in `component`, `componentContainerContent`, `componentRowContent`.
#[derive(Clone, Debug, PartialEq)]
#[derive(
    ::plain_webhooks::__private::serde::Deserialize,
    ::plain_webhooks::__private::serde::Serialize
)]
#[serde(crate = "::plain_webhooks::__private::serde")]
pub struct ComponentLinkButton {
    #[serde(rename = "linkButtonLabel")]
    pub link_button_label: ComponentLinkButtonLinkButtonLabel,
    #[serde(rename = "linkButtonUrl")]
    pub link_button_url: ::std::string::String,
}
/// Used in `componentLinkButton.linkButtonLabel`.
#[derive(
    Clone,
    Debug,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    ::plain_webhooks::__private::serde::Serialize
)]
#[serde(crate = "::plain_webhooks::__private::serde")]
#[serde(transparent)]
pub struct ComponentLinkButtonLinkButtonLabel(::std::string::String);
impl ComponentLinkButtonLinkButtonLabel {
    /// The string.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}
impl ::core::ops::Deref for ComponentLinkButtonLinkButtonLabel {
    type Target = str;
    fn deref(&self) -> &str {
        &self.0
    }
}
impl ::core::fmt::Display for ComponentLinkButtonLinkButtonLabel {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(&self.0)
    }
}
impl<'de> ::plain_webhooks::__private::serde::Deserialize<'de>
for ComponentLinkButtonLinkButtonLabel {
    fn deserialize<D: ::plain_webhooks::__private::serde::Deserializer<'de>>(
        d: D,
    ) -> ::core::result::Result<Self, D::Error> {
        static CHECK: ::plain_webhooks::__private::TextCheck = ::plain_webhooks::__private::TextCheck::new(
            ::core::option::Option::None,
            ::core::option::Option::None,
            ::core::option::Option::Some(500usize),
        );
        CHECK.deserialize(d).map(Self)
    }
}
/// Used in `component`, `componentContainerContent`, `componentRowContent`.
#[derive(Clone, Debug, PartialEq)]
#[derive(
    ::plain_webhooks::__private::serde::Deserialize,
    ::plain_webhooks::__private::serde::Serialize
)]
#[serde(crate = "::plain_webhooks::__private::serde")]
pub struct ComponentPlainText {
    #[serde(rename = "plainText")]
    pub plain_text: ComponentPlainTextPlainText,
    #[serde(
        rename = "plainTextColor",
        deserialize_with = "::plain_webhooks::__private::required_nullable"
    )]
    pub plain_text_color: ::core::option::Option<ComponentPlainTextColor>,
    #[serde(
        rename = "plainTextSize",
        deserialize_with = "::plain_webhooks::__private::required_nullable"
    )]
    pub plain_text_size: ::core::option::Option<ComponentPlainTextSize>,
}
/// Used in `componentPlainText.plainTextColor`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[derive(
    ::plain_webhooks::__private::serde::Deserialize,
    ::plain_webhooks::__private::serde::Serialize
)]
#[serde(crate = "::plain_webhooks::__private::serde")]
pub enum ComponentPlainTextColor {
    #[serde(rename = "NORMAL")]
    Normal,
    #[serde(rename = "MUTED")]
    Muted,
    #[serde(rename = "SUCCESS")]
    Success,
    #[serde(rename = "WARNING")]
    Warning,
    #[serde(rename = "ERROR")]
    Error,
    #[serde(rename = "UNKNOWN_COMPONENT_PLAIN_TEXT_COLOR")]
    UnknownComponentPlainTextColor,
}
/// Used in `componentPlainText.plainText`.
#[derive(
    Clone,
    Debug,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    ::plain_webhooks::__private::serde::Serialize
)]
#[serde(crate = "::plain_webhooks::__private::serde")]
#[serde(transparent)]
pub struct ComponentPlainTextPlainText(::std::string::String);
impl ComponentPlainTextPlainText {
    /// The string.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}
impl ::core::ops::Deref for ComponentPlainTextPlainText {
    type Target = str;
    fn deref(&self) -> &str {
        &self.0
    }
}
impl ::core::fmt::Display for ComponentPlainTextPlainText {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(&self.0)
    }
}
impl<'de> ::plain_webhooks::__private::serde::Deserialize<'de>
for ComponentPlainTextPlainText {
    fn deserialize<D: ::plain_webhooks::__private::serde::Deserializer<'de>>(
        d: D,
    ) -> ::core::result::Result<Self, D::Error> {
        static CHECK: ::plain_webhooks::__private::TextCheck = ::plain_webhooks::__private::TextCheck::new(
            ::core::option::Option::None,
            ::core::option::Option::Some(1usize),
            ::core::option::Option::Some(5000usize),
        );
        CHECK.deserialize(d).map(Self)
    }
}
/// Used in `componentPlainText.plainTextSize`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[derive(
    ::plain_webhooks::__private::serde::Deserialize,
    ::plain_webhooks::__private::serde::Serialize
)]
#[serde(crate = "::plain_webhooks::__private::serde")]
pub enum ComponentPlainTextSize {
    S,
    M,
    L,
    #[serde(rename = "UNKNOWN_COMPONENT_PLAIN_TEXT_SIZE")]
    UnknownComponentPlainTextSize,
}
/// Used in `component`, `componentContainerContent`.
#[derive(Clone, Debug, PartialEq)]
#[derive(
    ::plain_webhooks::__private::serde::Deserialize,
    ::plain_webhooks::__private::serde::Serialize
)]
#[serde(crate = "::plain_webhooks::__private::serde")]
pub struct ComponentRow {
    #[serde(rename = "rowAsideContent")]
    pub row_aside_content: ::std::vec::Vec<ComponentRowContent>,
    #[serde(rename = "rowMainContent")]
    pub row_main_content: ::std::vec::Vec<ComponentRowContent>,
}
/// Used in `componentRow.rowAsideContent[]`, `componentRow.rowMainContent[]`.
///
/// One of 9 kinds, told apart by `type`.
#[derive(Clone, Debug, PartialEq)]
#[derive(::plain_webhooks::__private::serde::Serialize)]
#[serde(crate = "::plain_webhooks::__private::serde")]
#[serde(tag = "type")]
pub enum ComponentRowContent {
    /// `type: "UNKNOWN"`
    #[serde(rename = "UNKNOWN")]
    Unknown,
    /// `type: "text"`
    #[serde(rename = "text")]
    Text(ComponentText),
    /// `type: "plainText"`
    #[serde(rename = "plainText")]
    PlainText(ComponentPlainText),
    /// `type: "spacer"`
    #[serde(rename = "spacer")]
    Spacer(ComponentSpacer),
    /// `type: "divider"`
    #[serde(rename = "divider")]
    Divider(ComponentDivider),
    /// `type: "linkButton"`
    #[serde(rename = "linkButton")]
    LinkButton(ComponentLinkButton),
    /// `type: "workflowButton"`
    #[serde(rename = "workflowButton")]
    WorkflowButton(ComponentWorkflowButton),
    /// `type: "badge"`
    #[serde(rename = "badge")]
    Badge(ComponentBadge),
    /// `type: "copyButton"`
    #[serde(rename = "copyButton")]
    CopyButton(ComponentCopyButton),
}
impl<'de> ::plain_webhooks::__private::serde::Deserialize<'de> for ComponentRowContent {
    fn deserialize<D: ::plain_webhooks::__private::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        ::plain_webhooks::__private::tagged::deserialize(deserializer)
    }
}
#[doc(hidden)]
impl ::plain_webhooks::__private::tagged::Tagged for ComponentRowContent {
    const NAME: &'static str = "ComponentRowContent";
    const TAG: &'static str = "type";
    const VARIANTS: &'static [&'static str] = &[
        "UNKNOWN",
        "text",
        "plainText",
        "spacer",
        "divider",
        "linkButton",
        "workflowButton",
        "badge",
        "copyButton",
    ];
    fn variant<'de, M: ::plain_webhooks::__private::serde::de::MapAccess<'de>>(
        tag: &str,
        rest: M,
    ) -> ::core::result::Result<Self, M::Error> {
        match tag {
            "UNKNOWN" => {
                ::plain_webhooks::__private::tagged::unit(rest).map(|()| Self::Unknown)
            }
            "text" => ::plain_webhooks::__private::tagged::fields(rest).map(Self::Text),
            "plainText" => {
                ::plain_webhooks::__private::tagged::fields(rest).map(Self::PlainText)
            }
            "spacer" => {
                ::plain_webhooks::__private::tagged::fields(rest).map(Self::Spacer)
            }
            "divider" => {
                ::plain_webhooks::__private::tagged::fields(rest).map(Self::Divider)
            }
            "linkButton" => {
                ::plain_webhooks::__private::tagged::fields(rest).map(Self::LinkButton)
            }
            "workflowButton" => {
                ::plain_webhooks::__private::tagged::fields(rest)
                    .map(Self::WorkflowButton)
            }
            "badge" => ::plain_webhooks::__private::tagged::fields(rest).map(Self::Badge),
            "copyButton" => {
                ::plain_webhooks::__private::tagged::fields(rest).map(Self::CopyButton)
            }
            _ => {
                ::core::result::Result::Err(
                    ::plain_webhooks::__private::tagged::unknown::<Self, M::Error>(tag),
                )
            }
        }
    }
}
/// Used in `component`, `componentContainerContent`, `componentRowContent`.
#[derive(Clone, Debug, PartialEq)]
#[derive(
    ::plain_webhooks::__private::serde::Deserialize,
    ::plain_webhooks::__private::serde::Serialize
)]
#[serde(crate = "::plain_webhooks::__private::serde")]
pub struct ComponentSpacer {
    #[serde(rename = "spacerSize")]
    pub spacer_size: ComponentSpacerSize,
}
/// Used in `componentSpacer.spacerSize`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[derive(
    ::plain_webhooks::__private::serde::Deserialize,
    ::plain_webhooks::__private::serde::Serialize
)]
#[serde(crate = "::plain_webhooks::__private::serde")]
pub enum ComponentSpacerSize {
    #[serde(rename = "XS")]
    Xs,
    S,
    M,
    L,
    #[serde(rename = "XL")]
    Xl,
    #[serde(rename = "UNKNOWN_COMPONENT_SPACER_SIZE")]
    UnknownComponentSpacerSize,
}
/// Used in `component`, `componentContainerContent`, `componentRowContent`.
#[derive(Clone, Debug, PartialEq)]
#[derive(
    ::plain_webhooks::__private::serde::Deserialize,
    ::plain_webhooks::__private::serde::Serialize
)]
#[serde(crate = "::plain_webhooks::__private::serde")]
pub struct ComponentText {
    pub text: ComponentTextText,
    #[serde(
        rename = "textColor",
        deserialize_with = "::plain_webhooks::__private::required_nullable"
    )]
    pub text_color: ::core::option::Option<ComponentTextColor>,
    #[serde(
        rename = "textSize",
        deserialize_with = "::plain_webhooks::__private::required_nullable"
    )]
    pub text_size: ::core::option::Option<ComponentTextSize>,
}
/// Used in `componentText.textColor`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[derive(
    ::plain_webhooks::__private::serde::Deserialize,
    ::plain_webhooks::__private::serde::Serialize
)]
#[serde(crate = "::plain_webhooks::__private::serde")]
pub enum ComponentTextColor {
    #[serde(rename = "NORMAL")]
    Normal,
    #[serde(rename = "MUTED")]
    Muted,
    #[serde(rename = "SUCCESS")]
    Success,
    #[serde(rename = "WARNING")]
    Warning,
    #[serde(rename = "ERROR")]
    Error,
    #[serde(rename = "UNKNOWN_COMPONENT_TEXT_COLOR")]
    UnknownComponentTextColor,
}
/// Used in `componentText.textSize`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[derive(
    ::plain_webhooks::__private::serde::Deserialize,
    ::plain_webhooks::__private::serde::Serialize
)]
#[serde(crate = "::plain_webhooks::__private::serde")]
pub enum ComponentTextSize {
    S,
    M,
    L,
    #[serde(rename = "UNKNOWN_COMPONENT_TEXT_SIZE")]
    UnknownComponentTextSize,
}
/// Used in `componentText.text`.
#[derive(
    Clone,
    Debug,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    ::plain_webhooks::__private::serde::Serialize
)]
#[serde(crate = "::plain_webhooks::__private::serde")]
#[serde(transparent)]
pub struct ComponentTextText(::std::string::String);
impl ComponentTextText {
    /// The string.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}
impl ::core::ops::Deref for ComponentTextText {
    type Target = str;
    fn deref(&self) -> &str {
        &self.0
    }
}
impl ::core::fmt::Display for ComponentTextText {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(&self.0)
    }
}
impl<'de> ::plain_webhooks::__private::serde::Deserialize<'de> for ComponentTextText {
    fn deserialize<D: ::plain_webhooks::__private::serde::Deserializer<'de>>(
        d: D,
    ) -> ::core::result::Result<Self, D::Error> {
        static CHECK: ::plain_webhooks::__private::TextCheck = ::plain_webhooks::__private::TextCheck::new(
            ::core::option::Option::None,
            ::core::option::Option::Some(1usize),
            ::core::option::Option::Some(5000usize),
        );
        CHECK.deserialize(d).map(Self)
    }
}
/// Used in `component`, `componentContainerContent`, `componentRowContent`.
#[derive(Clone, Debug, PartialEq)]
#[derive(
    ::plain_webhooks::__private::serde::Deserialize,
    ::plain_webhooks::__private::serde::Serialize
)]
#[serde(crate = "::plain_webhooks::__private::serde")]
pub struct ComponentWorkflowButton {
    #[serde(rename = "workflowButtonLabel")]
    pub workflow_button_label: ComponentWorkflowButtonWorkflowButtonLabel,
    #[serde(rename = "workflowButtonWorkflowIdentifier")]
    pub workflow_button_workflow_identifier: ComponentWorkflowButtonWorkflowButtonWorkflowIdentifier,
}
/// Used in `componentWorkflowButton.workflowButtonLabel`.
#[derive(
    Clone,
    Debug,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    ::plain_webhooks::__private::serde::Serialize
)]
#[serde(crate = "::plain_webhooks::__private::serde")]
#[serde(transparent)]
pub struct ComponentWorkflowButtonWorkflowButtonLabel(::std::string::String);
impl ComponentWorkflowButtonWorkflowButtonLabel {
    /// The string.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}
impl ::core::ops::Deref for ComponentWorkflowButtonWorkflowButtonLabel {
    type Target = str;
    fn deref(&self) -> &str {
        &self.0
    }
}
impl ::core::fmt::Display for ComponentWorkflowButtonWorkflowButtonLabel {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(&self.0)
    }
}
impl<'de> ::plain_webhooks::__private::serde::Deserialize<'de>
for ComponentWorkflowButtonWorkflowButtonLabel {
    fn deserialize<D: ::plain_webhooks::__private::serde::Deserializer<'de>>(
        d: D,
    ) -> ::core::result::Result<Self, D::Error> {
        static CHECK: ::plain_webhooks::__private::TextCheck = ::plain_webhooks::__private::TextCheck::new(
            ::core::option::Option::None,
            ::core::option::Option::None,
            ::core::option::Option::Some(500usize),
        );
        CHECK.deserialize(d).map(Self)
    }
}
/// Used in `componentWorkflowButton.workflowButtonWorkflowIdentifier`.
#[derive(Clone, Debug, PartialEq)]
#[derive(
    ::plain_webhooks::__private::serde::Deserialize,
    ::plain_webhooks::__private::serde::Serialize
)]
#[serde(crate = "::plain_webhooks::__private::serde")]
pub struct ComponentWorkflowButtonWorkflowButtonWorkflowIdentifier {
    #[serde(
        rename = "workflowId",
        default,
        skip_serializing_if = "::core::option::Option::is_none"
    )]
    pub workflow_id: ::core::option::Option<::std::string::String>,
    #[serde(
        rename = "workflowKey",
        default,
        skip_serializing_if = "::core::option::Option::is_none"
    )]
    pub workflow_key: ::core::option::Option<::std::string::String>,
}
/// Used in `timelineEntryEntry`.
#[derive(Clone, Debug, PartialEq)]
#[derive(
    ::plain_webhooks::__private::serde::Deserialize,
    ::plain_webhooks::__private::serde::Serialize
)]
#[serde(crate = "::plain_webhooks::__private::serde")]
pub struct CustomEntry {
    pub attachments: ::std::vec::Vec<CustomEntryAttachment>,
    pub components: ::std::vec::Vec<Component>,
    #[serde(
        rename = "externalId",
        deserialize_with = "::plain_webhooks::__private::required_nullable"
    )]
    pub external_id: ::core::option::Option<CustomEntryExternalId>,
    pub title: CustomEntryTitle,
    #[serde(
        rename = "type",
        deserialize_with = "::plain_webhooks::__private::required_nullable"
    )]
    pub type_: ::core::option::Option<::std::string::String>,
}
/// Used in `customEntry.attachments[]`.
#[derive(Clone, Debug, PartialEq)]
#[derive(
    ::plain_webhooks::__private::serde::Deserialize,
    ::plain_webhooks::__private::serde::Serialize
)]
#[serde(crate = "::plain_webhooks::__private::serde")]
pub struct CustomEntryAttachment {
    #[serde(rename = "createdAt")]
    pub created_at: ::plain_webhooks::__private::chrono::DateTime<
        ::plain_webhooks::__private::chrono::Utc,
    >,
    #[serde(rename = "createdBy")]
    pub created_by: Actor,
    #[serde(
        rename = "fileExtension",
        deserialize_with = "::plain_webhooks::__private::required_nullable"
    )]
    pub file_extension: ::core::option::Option<::std::string::String>,
    #[serde(rename = "fileMimeType")]
    pub file_mime_type: AttachmentFileMimeType,
    #[serde(rename = "fileName")]
    pub file_name: AttachmentFileName,
    #[serde(rename = "fileSizeBytes")]
    pub file_size_bytes: u64,
    pub id: Id,
    #[serde(rename = "type")]
    pub type_: CustomEntryAttachmentType,
    #[serde(rename = "updatedAt")]
    pub updated_at: ::plain_webhooks::__private::chrono::DateTime<
        ::plain_webhooks::__private::chrono::Utc,
    >,
    #[serde(rename = "updatedBy")]
    pub updated_by: Actor,
}
/// Used in `customEntryAttachment.type`.
///
/// Always `"CUSTOM_TIMELINE_ENTRY"`: checked when a body is parsed.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct CustomEntryAttachmentType;
impl CustomEntryAttachmentType {
    /// The one value.
    pub const VALUE: &'static str = "CUSTOM_TIMELINE_ENTRY";
}
impl ::plain_webhooks::__private::serde::Serialize for CustomEntryAttachmentType {
    fn serialize<S: ::plain_webhooks::__private::serde::Serializer>(
        &self,
        s: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        s.serialize_str(Self::VALUE)
    }
}
impl<'de> ::plain_webhooks::__private::serde::Deserialize<'de>
for CustomEntryAttachmentType {
    fn deserialize<D: ::plain_webhooks::__private::serde::Deserializer<'de>>(
        d: D,
    ) -> ::core::result::Result<Self, D::Error> {
        ::plain_webhooks::__private::constant(d, Self::VALUE).map(|()| Self)
    }
}
/// Used in `customEntry.externalId`.
#[derive(
    Clone,
    Debug,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    ::plain_webhooks::__private::serde::Serialize
)]
#[serde(crate = "::plain_webhooks::__private::serde")]
#[serde(transparent)]
pub struct CustomEntryExternalId(::std::string::String);
impl CustomEntryExternalId {
    /// The string.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}
impl ::core::ops::Deref for CustomEntryExternalId {
    type Target = str;
    fn deref(&self) -> &str {
        &self.0
    }
}
impl ::core::fmt::Display for CustomEntryExternalId {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(&self.0)
    }
}
impl<'de> ::plain_webhooks::__private::serde::Deserialize<'de>
for CustomEntryExternalId {
    fn deserialize<D: ::plain_webhooks::__private::serde::Deserializer<'de>>(
        d: D,
    ) -> ::core::result::Result<Self, D::Error> {
        static CHECK: ::plain_webhooks::__private::TextCheck = ::plain_webhooks::__private::TextCheck::new(
            ::core::option::Option::None,
            ::core::option::Option::Some(1usize),
            ::core::option::Option::Some(500usize),
        );
        CHECK.deserialize(d).map(Self)
    }
}
/// Used in `customEntry.title`.
#[derive(
    Clone,
    Debug,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    ::plain_webhooks::__private::serde::Serialize
)]
#[serde(crate = "::plain_webhooks::__private::serde")]
#[serde(transparent)]
pub struct CustomEntryTitle(::std::string::String);
impl CustomEntryTitle {
    /// The string.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}
impl ::core::ops::Deref for CustomEntryTitle {
    type Target = str;
    fn deref(&self) -> &str {
        &self.0
    }
}
impl ::core::fmt::Display for CustomEntryTitle {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(&self.0)
    }
}
impl<'de> ::plain_webhooks::__private::serde::Deserialize<'de> for CustomEntryTitle {
    fn deserialize<D: ::plain_webhooks::__private::serde::Deserializer<'de>>(
        d: D,
    ) -> ::core::result::Result<Self, D::Error> {
        static CHECK: ::plain_webhooks::__private::TextCheck = ::plain_webhooks::__private::TextCheck::new(
            ::core::option::Option::None,
            ::core::option::Option::None,
            ::core::option::Option::Some(500usize),
        );
        CHECK.deserialize(d).map(Self)
    }
}
/// Used in `customerChangedPayload.customer`, `customerChangedPayload.previousCustomer`, `customerCreatedPublicEventPayload.customer`, `customerDeletedPublicEventPayload.previousCustomer` and 5 more.
#[derive(Clone, Debug, PartialEq)]
#[derive(
    ::plain_webhooks::__private::serde::Deserialize,
    ::plain_webhooks::__private::serde::Serialize
)]
#[serde(crate = "::plain_webhooks::__private::serde")]
pub struct Customer {
    #[serde(rename = "createdAt")]
    pub created_at: ::plain_webhooks::__private::chrono::DateTime<
        ::plain_webhooks::__private::chrono::Utc,
    >,
    #[serde(rename = "createdBy")]
    pub created_by: Actor,
    #[serde(rename = "customerGroupMemberships")]
    pub customer_group_memberships: ::std::vec::Vec<CustomerGroupMembership>,
    pub email: CustomerEmail,
    #[serde(
        rename = "externalId",
        deserialize_with = "::plain_webhooks::__private::required_nullable"
    )]
    pub external_id: ::core::option::Option<::std::string::String>,
    #[serde(rename = "fullName")]
    pub full_name: ::std::string::String,
    pub id: Id,
    #[serde(
        rename = "markedAsSpamAt",
        default,
        skip_serializing_if = "::core::option::Option::is_none"
    )]
    pub marked_as_spam_at: ::core::option::Option<
        ::plain_webhooks::__private::chrono::DateTime<
            ::plain_webhooks::__private::chrono::Utc,
        >,
    >,
    #[serde(
        rename = "markedAsSpamBy",
        default,
        skip_serializing_if = "::core::option::Option::is_none"
    )]
    pub marked_as_spam_by: ::core::option::Option<InternalActor>,
    #[serde(
        rename = "shortName",
        deserialize_with = "::plain_webhooks::__private::required_nullable"
    )]
    pub short_name: ::core::option::Option<::std::string::String>,
    #[serde(rename = "updatedAt")]
    pub updated_at: ::plain_webhooks::__private::chrono::DateTime<
        ::plain_webhooks::__private::chrono::Utc,
    >,
    #[serde(rename = "updatedBy")]
    pub updated_by: Actor,
}
/// Used in `actor`, `emailActor`.
#[derive(Clone, Debug, PartialEq)]
#[derive(
    ::plain_webhooks::__private::serde::Deserialize,
    ::plain_webhooks::__private::serde::Serialize
)]
#[serde(crate = "::plain_webhooks::__private::serde")]
pub struct CustomerActor {
    #[serde(rename = "customerId")]
    pub customer_id: Id,
}
/// A customer has been created or updated
#[derive(Clone, Debug, PartialEq)]
#[derive(
    ::plain_webhooks::__private::serde::Deserialize,
    ::plain_webhooks::__private::serde::Serialize
)]
#[serde(crate = "::plain_webhooks::__private::serde")]
pub struct CustomerChangedPayload {
    #[serde(rename = "changeType")]
    pub change_type: CustomerChangedPayloadChangeType,
    pub customer: Customer,
    #[serde(rename = "eventType")]
    pub event_type: CustomerChangedPayloadEventType,
    #[serde(
        rename = "previousCustomer",
        deserialize_with = "::plain_webhooks::__private::required_nullable"
    )]
    pub previous_customer: ::core::option::Option<Customer>,
}
/// Used in `customerChangedPayload.changeType`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[derive(
    ::plain_webhooks::__private::serde::Deserialize,
    ::plain_webhooks::__private::serde::Serialize
)]
#[serde(crate = "::plain_webhooks::__private::serde")]
pub enum CustomerChangedPayloadChangeType {
    #[serde(rename = "ADDED")]
    Added,
    #[serde(rename = "UPDATED")]
    Updated,
}
/// Used in `customerChangedPayload.eventType`.
///
/// Always `"customer.customer_changed"`: checked when a body is parsed.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct CustomerChangedPayloadEventType;
impl CustomerChangedPayloadEventType {
    /// The one value.
    pub const VALUE: &'static str = "customer.customer_changed";
}
impl ::plain_webhooks::__private::serde::Serialize for CustomerChangedPayloadEventType {
    fn serialize<S: ::plain_webhooks::__private::serde::Serializer>(
        &self,
        s: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        s.serialize_str(Self::VALUE)
    }
}
impl<'de> ::plain_webhooks::__private::serde::Deserialize<'de>
for CustomerChangedPayloadEventType {
    fn deserialize<D: ::plain_webhooks::__private::serde::Deserializer<'de>>(
        d: D,
    ) -> ::core::result::Result<Self, D::Error> {
        ::plain_webhooks::__private::constant(d, Self::VALUE).map(|()| Self)
    }
}
/// A customer has been created
#[derive(Clone, Debug, PartialEq)]
#[derive(
    ::plain_webhooks::__private::serde::Deserialize,
    ::plain_webhooks::__private::serde::Serialize
)]
#[serde(crate = "::plain_webhooks::__private::serde")]
pub struct CustomerCreatedPublicEventPayload {
    pub customer: Customer,
    #[serde(rename = "eventType")]
    pub event_type: CustomerCreatedPublicEventPayloadEventType,
}
/// Used in `customerCreatedPublicEventPayload.eventType`.
///
/// Always `"customer.customer_created"`: checked when a body is parsed.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct CustomerCreatedPublicEventPayloadEventType;
impl CustomerCreatedPublicEventPayloadEventType {
    /// The one value.
    pub const VALUE: &'static str = "customer.customer_created";
}
impl ::plain_webhooks::__private::serde::Serialize
for CustomerCreatedPublicEventPayloadEventType {
    fn serialize<S: ::plain_webhooks::__private::serde::Serializer>(
        &self,
        s: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        s.serialize_str(Self::VALUE)
    }
}
impl<'de> ::plain_webhooks::__private::serde::Deserialize<'de>
for CustomerCreatedPublicEventPayloadEventType {
    fn deserialize<D: ::plain_webhooks::__private::serde::Deserializer<'de>>(
        d: D,
    ) -> ::core::result::Result<Self, D::Error> {
        ::plain_webhooks::__private::constant(d, Self::VALUE).map(|()| Self)
    }
}
/// A customer has been deleted
#[derive(Clone, Debug, PartialEq)]
#[derive(
    ::plain_webhooks::__private::serde::Deserialize,
    ::plain_webhooks::__private::serde::Serialize
)]
#[serde(crate = "::plain_webhooks::__private::serde")]
pub struct CustomerDeletedPublicEventPayload {
    #[serde(rename = "eventType")]
    pub event_type: CustomerDeletedPublicEventPayloadEventType,
    #[serde(rename = "previousCustomer")]
    pub previous_customer: Customer,
}
/// Used in `customerDeletedPublicEventPayload.eventType`.
///
/// Always `"customer.customer_deleted"`: checked when a body is parsed.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct CustomerDeletedPublicEventPayloadEventType;
impl CustomerDeletedPublicEventPayloadEventType {
    /// The one value.
    pub const VALUE: &'static str = "customer.customer_deleted";
}
impl ::plain_webhooks::__private::serde::Serialize
for CustomerDeletedPublicEventPayloadEventType {
    fn serialize<S: ::plain_webhooks::__private::serde::Serializer>(
        &self,
        s: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        s.serialize_str(Self::VALUE)
    }
}
impl<'de> ::plain_webhooks::__private::serde::Deserialize<'de>
for CustomerDeletedPublicEventPayloadEventType {
    fn deserialize<D: ::plain_webhooks::__private::serde::Deserializer<'de>>(
        d: D,
    ) -> ::core::result::Result<Self, D::Error> {
        ::plain_webhooks::__private::constant(d, Self::VALUE).map(|()| Self)
    }
}
/// Used in `customer.email`.
#[derive(Clone, Debug, PartialEq)]
#[derive(
    ::plain_webhooks::__private::serde::Deserialize,
    ::plain_webhooks::__private::serde::Serialize
)]
#[serde(crate = "::plain_webhooks::__private::serde")]
pub struct CustomerEmail {
    pub email: EmailAddress,
    #[serde(rename = "isVerified")]
    pub is_verified: bool,
    #[serde(
        rename = "verifiedAt",
        deserialize_with = "::plain_webhooks::__private::required_nullable"
    )]
    pub verified_at: ::core::option::Option<
        ::plain_webhooks::__private::chrono::DateTime<
            ::plain_webhooks::__private::chrono::Utc,
        >,
    >,
}
/// Used in `customerGroupChangedPayloadAdded.customerGroup`, `customerGroupChangedPayloadRemoved.previousCustomerGroup`, `customerGroupChangedPayloadUpdated.customerGroup`, `customerGroupChangedPayloadUpdated.previousCustomerGroup` and 1 more.
#[derive(Clone, Debug, PartialEq)]
#[derive(
    ::plain_webhooks::__private::serde::Deserialize,
    ::plain_webhooks::__private::serde::Serialize
)]
#[serde(crate = "::plain_webhooks::__private::serde")]
pub struct CustomerGroup {
    pub color: CustomerGroupColor,
    #[serde(rename = "createdAt")]
    pub created_at: ::plain_webhooks::__private::chrono::DateTime<
        ::plain_webhooks::__private::chrono::Utc,
    >,
    #[serde(rename = "createdBy")]
    pub created_by: InternalActor,
    pub id: Id,
    pub key: CustomerGroupKey,
    pub name: CustomerGroupName,
    #[serde(rename = "updatedAt")]
    pub updated_at: ::plain_webhooks::__private::chrono::DateTime<
        ::plain_webhooks::__private::chrono::Utc,
    >,
    #[serde(rename = "updatedBy")]
    pub updated_by: InternalActor,
    #[serde(rename = "workspaceId")]
    pub workspace_id: Id,
}
/// Used in `webhook.payload`.
///
/// One of 3 kinds, told apart by `changeType`.
#[derive(Clone, Debug, PartialEq)]
#[derive(::plain_webhooks::__private::serde::Serialize)]
#[serde(crate = "::plain_webhooks::__private::serde")]
#[serde(tag = "changeType")]
pub enum CustomerGroupChangedPayload {
    /// `changeType: "ADDED"`
    #[serde(rename = "ADDED")]
    Added(CustomerGroupChangedPayloadAdded),
    /// `changeType: "UPDATED"`
    #[serde(rename = "UPDATED")]
    Updated(CustomerGroupChangedPayloadUpdated),
    /// `changeType: "REMOVED"`
    #[serde(rename = "REMOVED")]
    Removed(CustomerGroupChangedPayloadRemoved),
}
impl<'de> ::plain_webhooks::__private::serde::Deserialize<'de>
for CustomerGroupChangedPayload {
    fn deserialize<D: ::plain_webhooks::__private::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        ::plain_webhooks::__private::tagged::deserialize(deserializer)
    }
}
#[doc(hidden)]
impl ::plain_webhooks::__private::tagged::Tagged for CustomerGroupChangedPayload {
    const NAME: &'static str = "CustomerGroupChangedPayload";
    const TAG: &'static str = "changeType";
    const VARIANTS: &'static [&'static str] = &["ADDED", "UPDATED", "REMOVED"];
    fn variant<'de, M: ::plain_webhooks::__private::serde::de::MapAccess<'de>>(
        tag: &str,
        rest: M,
    ) -> ::core::result::Result<Self, M::Error> {
        match tag {
            "ADDED" => ::plain_webhooks::__private::tagged::fields(rest).map(Self::Added),
            "UPDATED" => {
                ::plain_webhooks::__private::tagged::fields(rest).map(Self::Updated)
            }
            "REMOVED" => {
                ::plain_webhooks::__private::tagged::fields(rest).map(Self::Removed)
            }
            _ => {
                ::core::result::Result::Err(
                    ::plain_webhooks::__private::tagged::unknown::<Self, M::Error>(tag),
                )
            }
        }
    }
}
/// Used in `customerGroupChangedPayload`.
#[derive(Clone, Debug, PartialEq)]
#[derive(
    ::plain_webhooks::__private::serde::Deserialize,
    ::plain_webhooks::__private::serde::Serialize
)]
#[serde(crate = "::plain_webhooks::__private::serde")]
pub struct CustomerGroupChangedPayloadAdded {
    #[serde(rename = "customerGroup")]
    pub customer_group: CustomerGroup,
    #[serde(rename = "eventType")]
    pub event_type: CustomerGroupChangedPayloadAddedEventType,
}
/// Used in `customerGroupChangedPayloadAdded.eventType`.
///
/// Always `"customer.customer_group_changed"`: checked when a body is parsed.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct CustomerGroupChangedPayloadAddedEventType;
impl CustomerGroupChangedPayloadAddedEventType {
    /// The one value.
    pub const VALUE: &'static str = "customer.customer_group_changed";
}
impl ::plain_webhooks::__private::serde::Serialize
for CustomerGroupChangedPayloadAddedEventType {
    fn serialize<S: ::plain_webhooks::__private::serde::Serializer>(
        &self,
        s: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        s.serialize_str(Self::VALUE)
    }
}
impl<'de> ::plain_webhooks::__private::serde::Deserialize<'de>
for CustomerGroupChangedPayloadAddedEventType {
    fn deserialize<D: ::plain_webhooks::__private::serde::Deserializer<'de>>(
        d: D,
    ) -> ::core::result::Result<Self, D::Error> {
        ::plain_webhooks::__private::constant(d, Self::VALUE).map(|()| Self)
    }
}
/// Used in `customerGroupChangedPayload`.
#[derive(Clone, Debug, PartialEq)]
#[derive(
    ::plain_webhooks::__private::serde::Deserialize,
    ::plain_webhooks::__private::serde::Serialize
)]
#[serde(crate = "::plain_webhooks::__private::serde")]
pub struct CustomerGroupChangedPayloadRemoved {
    #[serde(rename = "eventType")]
    pub event_type: CustomerGroupChangedPayloadRemovedEventType,
    #[serde(rename = "previousCustomerGroup")]
    pub previous_customer_group: CustomerGroup,
}
/// Used in `customerGroupChangedPayloadRemoved.eventType`.
///
/// Always `"customer.customer_group_changed"`: checked when a body is parsed.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct CustomerGroupChangedPayloadRemovedEventType;
impl CustomerGroupChangedPayloadRemovedEventType {
    /// The one value.
    pub const VALUE: &'static str = "customer.customer_group_changed";
}
impl ::plain_webhooks::__private::serde::Serialize
for CustomerGroupChangedPayloadRemovedEventType {
    fn serialize<S: ::plain_webhooks::__private::serde::Serializer>(
        &self,
        s: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        s.serialize_str(Self::VALUE)
    }
}
impl<'de> ::plain_webhooks::__private::serde::Deserialize<'de>
for CustomerGroupChangedPayloadRemovedEventType {
    fn deserialize<D: ::plain_webhooks::__private::serde::Deserializer<'de>>(
        d: D,
    ) -> ::core::result::Result<Self, D::Error> {
        ::plain_webhooks::__private::constant(d, Self::VALUE).map(|()| Self)
    }
}
/// Used in `customerGroupChangedPayload`.
#[derive(Clone, Debug, PartialEq)]
#[derive(
    ::plain_webhooks::__private::serde::Deserialize,
    ::plain_webhooks::__private::serde::Serialize
)]
#[serde(crate = "::plain_webhooks::__private::serde")]
pub struct CustomerGroupChangedPayloadUpdated {
    #[serde(rename = "customerGroup")]
    pub customer_group: CustomerGroup,
    #[serde(rename = "eventType")]
    pub event_type: CustomerGroupChangedPayloadUpdatedEventType,
    #[serde(rename = "previousCustomerGroup")]
    pub previous_customer_group: CustomerGroup,
}
/// Used in `customerGroupChangedPayloadUpdated.eventType`.
///
/// Always `"customer.customer_group_changed"`: checked when a body is parsed.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct CustomerGroupChangedPayloadUpdatedEventType;
impl CustomerGroupChangedPayloadUpdatedEventType {
    /// The one value.
    pub const VALUE: &'static str = "customer.customer_group_changed";
}
impl ::plain_webhooks::__private::serde::Serialize
for CustomerGroupChangedPayloadUpdatedEventType {
    fn serialize<S: ::plain_webhooks::__private::serde::Serializer>(
        &self,
        s: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        s.serialize_str(Self::VALUE)
    }
}
impl<'de> ::plain_webhooks::__private::serde::Deserialize<'de>
for CustomerGroupChangedPayloadUpdatedEventType {
    fn deserialize<D: ::plain_webhooks::__private::serde::Deserializer<'de>>(
        d: D,
    ) -> ::core::result::Result<Self, D::Error> {
        ::plain_webhooks::__private::constant(d, Self::VALUE).map(|()| Self)
    }
}
/// Used in `customerGroup.color`.
#[derive(
    Clone,
    Debug,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    ::plain_webhooks::__private::serde::Serialize
)]
#[serde(crate = "::plain_webhooks::__private::serde")]
#[serde(transparent)]
pub struct CustomerGroupColor(::std::string::String);
impl CustomerGroupColor {
    /// The string.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}
impl ::core::ops::Deref for CustomerGroupColor {
    type Target = str;
    fn deref(&self) -> &str {
        &self.0
    }
}
impl ::core::fmt::Display for CustomerGroupColor {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(&self.0)
    }
}
impl<'de> ::plain_webhooks::__private::serde::Deserialize<'de> for CustomerGroupColor {
    fn deserialize<D: ::plain_webhooks::__private::serde::Deserializer<'de>>(
        d: D,
    ) -> ::core::result::Result<Self, D::Error> {
        static CHECK: ::plain_webhooks::__private::TextCheck = ::plain_webhooks::__private::TextCheck::new(
            ::core::option::Option::Some(
                "^#([a-fA-F0-9]{3,4}|[a-fA-F0-9]{4}(?:[a-fA-F0-9]{2}){1,2})$",
            ),
            ::core::option::Option::None,
            ::core::option::Option::None,
        );
        CHECK.deserialize(d).map(Self)
    }
}
/// Used in `customerGroup.key`.
#[derive(
    Clone,
    Debug,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    ::plain_webhooks::__private::serde::Serialize
)]
#[serde(crate = "::plain_webhooks::__private::serde")]
#[serde(transparent)]
pub struct CustomerGroupKey(::std::string::String);
impl CustomerGroupKey {
    /// The string.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}
impl ::core::ops::Deref for CustomerGroupKey {
    type Target = str;
    fn deref(&self) -> &str {
        &self.0
    }
}
impl ::core::fmt::Display for CustomerGroupKey {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(&self.0)
    }
}
impl<'de> ::plain_webhooks::__private::serde::Deserialize<'de> for CustomerGroupKey {
    fn deserialize<D: ::plain_webhooks::__private::serde::Deserializer<'de>>(
        d: D,
    ) -> ::core::result::Result<Self, D::Error> {
        static CHECK: ::plain_webhooks::__private::TextCheck = ::plain_webhooks::__private::TextCheck::new(
            ::core::option::Option::None,
            ::core::option::Option::Some(1usize),
            ::core::option::Option::Some(50usize),
        );
        CHECK.deserialize(d).map(Self)
    }
}
/// Used in `customer.customerGroupMemberships[]`.
#[derive(Clone, Debug, PartialEq)]
#[derive(
    ::plain_webhooks::__private::serde::Deserialize,
    ::plain_webhooks::__private::serde::Serialize
)]
#[serde(crate = "::plain_webhooks::__private::serde")]
pub struct CustomerGroupMembership {
    #[serde(rename = "createdAt")]
    pub created_at: ::plain_webhooks::__private::chrono::DateTime<
        ::plain_webhooks::__private::chrono::Utc,
    >,
    #[serde(rename = "createdBy")]
    pub created_by: InternalActor,
    #[serde(rename = "customerGroup")]
    pub customer_group: CustomerGroup,
    #[serde(rename = "customerGroupId")]
    pub customer_group_id: Id,
    #[serde(rename = "customerId")]
    pub customer_id: Id,
    #[serde(rename = "updatedAt")]
    pub updated_at: ::plain_webhooks::__private::chrono::DateTime<
        ::plain_webhooks::__private::chrono::Utc,
    >,
    #[serde(rename = "updatedBy")]
    pub updated_by: InternalActor,
    #[serde(rename = "workspaceId")]
    pub workspace_id: Id,
}
/// Used in `webhook.payload`.
#[derive(Clone, Debug, PartialEq)]
#[derive(
    ::plain_webhooks::__private::serde::Deserialize,
    ::plain_webhooks::__private::serde::Serialize
)]
#[serde(crate = "::plain_webhooks::__private::serde")]
pub struct CustomerGroupMembershipsChangedPayload {
    #[serde(rename = "changeType")]
    pub change_type: CustomerGroupMembershipsChangedPayloadChangeType,
    pub customer: Customer,
    #[serde(rename = "eventType")]
    pub event_type: CustomerGroupMembershipsChangedPayloadEventType,
    #[serde(rename = "previousCustomer")]
    pub previous_customer: Customer,
}
/// Used in `customerGroupMembershipsChangedPayload.changeType`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[derive(
    ::plain_webhooks::__private::serde::Deserialize,
    ::plain_webhooks::__private::serde::Serialize
)]
#[serde(crate = "::plain_webhooks::__private::serde")]
pub enum CustomerGroupMembershipsChangedPayloadChangeType {
    #[serde(rename = "ADDED")]
    Added,
    #[serde(rename = "REMOVED")]
    Removed,
}
/// Used in `customerGroupMembershipsChangedPayload.eventType`.
///
/// Always `"customer.customer_group_memberships_changed"`: checked when a body is parsed.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct CustomerGroupMembershipsChangedPayloadEventType;
impl CustomerGroupMembershipsChangedPayloadEventType {
    /// The one value.
    pub const VALUE: &'static str = "customer.customer_group_memberships_changed";
}
impl ::plain_webhooks::__private::serde::Serialize
for CustomerGroupMembershipsChangedPayloadEventType {
    fn serialize<S: ::plain_webhooks::__private::serde::Serializer>(
        &self,
        s: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        s.serialize_str(Self::VALUE)
    }
}
impl<'de> ::plain_webhooks::__private::serde::Deserialize<'de>
for CustomerGroupMembershipsChangedPayloadEventType {
    fn deserialize<D: ::plain_webhooks::__private::serde::Deserializer<'de>>(
        d: D,
    ) -> ::core::result::Result<Self, D::Error> {
        ::plain_webhooks::__private::constant(d, Self::VALUE).map(|()| Self)
    }
}
/// Used in `customerGroup.name`.
#[derive(
    Clone,
    Debug,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    ::plain_webhooks::__private::serde::Serialize
)]
#[serde(crate = "::plain_webhooks::__private::serde")]
#[serde(transparent)]
pub struct CustomerGroupName(::std::string::String);
impl CustomerGroupName {
    /// The string.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}
impl ::core::ops::Deref for CustomerGroupName {
    type Target = str;
    fn deref(&self) -> &str {
        &self.0
    }
}
impl ::core::fmt::Display for CustomerGroupName {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(&self.0)
    }
}
impl<'de> ::plain_webhooks::__private::serde::Deserialize<'de> for CustomerGroupName {
    fn deserialize<D: ::plain_webhooks::__private::serde::Deserializer<'de>>(
        d: D,
    ) -> ::core::result::Result<Self, D::Error> {
        static CHECK: ::plain_webhooks::__private::TextCheck = ::plain_webhooks::__private::TextCheck::new(
            ::core::option::Option::None,
            ::core::option::Option::Some(1usize),
            ::core::option::Option::Some(500usize),
        );
        CHECK.deserialize(d).map(Self)
    }
}
/// A customer has been updated
#[derive(Clone, Debug, PartialEq)]
#[derive(
    ::plain_webhooks::__private::serde::Deserialize,
    ::plain_webhooks::__private::serde::Serialize
)]
#[serde(crate = "::plain_webhooks::__private::serde")]
pub struct CustomerUpdatedPublicEventPayload {
    pub customer: Customer,
    #[serde(rename = "eventType")]
    pub event_type: CustomerUpdatedPublicEventPayloadEventType,
    #[serde(rename = "previousCustomer")]
    pub previous_customer: Customer,
}
/// Used in `customerUpdatedPublicEventPayload.eventType`.
///
/// Always `"customer.customer_updated"`: checked when a body is parsed.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct CustomerUpdatedPublicEventPayloadEventType;
impl CustomerUpdatedPublicEventPayloadEventType {
    /// The one value.
    pub const VALUE: &'static str = "customer.customer_updated";
}
impl ::plain_webhooks::__private::serde::Serialize
for CustomerUpdatedPublicEventPayloadEventType {
    fn serialize<S: ::plain_webhooks::__private::serde::Serializer>(
        &self,
        s: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        s.serialize_str(Self::VALUE)
    }
}
impl<'de> ::plain_webhooks::__private::serde::Deserialize<'de>
for CustomerUpdatedPublicEventPayloadEventType {
    fn deserialize<D: ::plain_webhooks::__private::serde::Deserializer<'de>>(
        d: D,
    ) -> ::core::result::Result<Self, D::Error> {
        ::plain_webhooks::__private::constant(d, Self::VALUE).map(|()| Self)
    }
}
/// Used in `threadDiscordMessageReceivedEventPayload.discordMessage`, `threadDiscordMessageSentEventPayload.discordMessage`, `threadDiscordMessageUpdatedEventPayload.discordMessage`.
#[derive(Clone, Debug, PartialEq)]
#[derive(
    ::plain_webhooks::__private::serde::Deserialize,
    ::plain_webhooks::__private::serde::Serialize
)]
#[serde(crate = "::plain_webhooks::__private::serde")]
pub struct DiscordMessage {
    #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
    pub attachments: ::std::vec::Vec<Attachment>,
    #[serde(rename = "createdAt")]
    pub created_at: ::plain_webhooks::__private::chrono::DateTime<
        ::plain_webhooks::__private::chrono::Utc,
    >,
    #[serde(rename = "createdBy")]
    pub created_by: Actor,
    #[serde(
        rename = "deletedOnDiscordAt",
        default,
        skip_serializing_if = "::core::option::Option::is_none"
    )]
    pub deleted_on_discord_at: ::core::option::Option<
        ::plain_webhooks::__private::chrono::DateTime<
            ::plain_webhooks::__private::chrono::Utc,
        >,
    >,
    #[serde(rename = "discordChannelId")]
    pub discord_channel_id: ::std::string::String,
    #[serde(rename = "discordGuildId")]
    pub discord_guild_id: ::std::string::String,
    #[serde(rename = "discordId")]
    pub discord_id: ::std::string::String,
    #[serde(rename = "discordThreadId")]
    pub discord_thread_id: ::std::string::String,
    #[serde(rename = "discordTimestamp")]
    pub discord_timestamp: ::plain_webhooks::__private::chrono::DateTime<
        ::plain_webhooks::__private::chrono::Utc,
    >,
    pub id: Id,
    #[serde(
        rename = "lastEditedOnDiscordAt",
        default,
        skip_serializing_if = "::core::option::Option::is_none"
    )]
    pub last_edited_on_discord_at: ::core::option::Option<
        ::plain_webhooks::__private::chrono::DateTime<
            ::plain_webhooks::__private::chrono::Utc,
        >,
    >,
    #[serde(rename = "textContent")]
    pub text_content: ::std::string::String,
    #[serde(rename = "timelineEntryId")]
    pub timeline_entry_id: Id,
    #[serde(rename = "updatedAt")]
    pub updated_at: ::plain_webhooks::__private::chrono::DateTime<
        ::plain_webhooks::__private::chrono::Utc,
    >,
    #[serde(rename = "updatedBy")]
    pub updated_by: Actor,
}
/// Used in `threadEmailReceivedPublicEventPayload.email`, `threadEmailSentPublicEventPayload.email`.
#[derive(Clone, Debug, PartialEq)]
#[derive(
    ::plain_webhooks::__private::serde::Deserialize,
    ::plain_webhooks::__private::serde::Serialize
)]
#[serde(crate = "::plain_webhooks::__private::serde")]
pub struct Email {
    #[serde(rename = "additionalRecipients")]
    pub additional_recipients: ::std::vec::Vec<EmailParticipant>,
    pub attachments: ::std::vec::Vec<Attachment>,
    pub authenticity: EmailAuthenticity,
    #[serde(rename = "createdAt")]
    pub created_at: ::plain_webhooks::__private::chrono::DateTime<
        ::plain_webhooks::__private::chrono::Utc,
    >,
    #[serde(rename = "createdBy")]
    pub created_by: Actor,
    pub from: EmailParticipant,
    #[serde(rename = "hiddenRecipients")]
    pub hidden_recipients: ::std::vec::Vec<EmailParticipant>,
    pub id: Id,
    #[serde(
        rename = "inReplyToEmailId",
        deserialize_with = "::plain_webhooks::__private::required_nullable"
    )]
    pub in_reply_to_email_id: ::core::option::Option<::std::string::String>,
    #[serde(rename = "isStartOfThread")]
    pub is_start_of_thread: bool,
    #[serde(
        rename = "markdownContent",
        deserialize_with = "::plain_webhooks::__private::required_nullable"
    )]
    pub markdown_content: ::core::option::Option<::std::string::String>,
    #[serde(
        rename = "receivedAt",
        deserialize_with = "::plain_webhooks::__private::required_nullable"
    )]
    pub received_at: ::core::option::Option<
        ::plain_webhooks::__private::chrono::DateTime<
            ::plain_webhooks::__private::chrono::Utc,
        >,
    >,
    #[serde(
        rename = "replyTo",
        deserialize_with = "::plain_webhooks::__private::required_nullable"
    )]
    pub reply_to: ::core::option::Option<::std::string::String>,
    #[serde(
        rename = "sentAt",
        deserialize_with = "::plain_webhooks::__private::required_nullable"
    )]
    pub sent_at: ::core::option::Option<
        ::plain_webhooks::__private::chrono::DateTime<
            ::plain_webhooks::__private::chrono::Utc,
        >,
    >,
    #[serde(deserialize_with = "::plain_webhooks::__private::required_nullable")]
    pub subject: ::core::option::Option<::std::string::String>,
    #[serde(
        rename = "textContent",
        deserialize_with = "::plain_webhooks::__private::required_nullable"
    )]
    pub text_content: ::core::option::Option<::std::string::String>,
    #[serde(rename = "timelineEntryId")]
    pub timeline_entry_id: Id,
    pub to: EmailParticipant,
    #[serde(rename = "updatedAt")]
    pub updated_at: ::plain_webhooks::__private::chrono::DateTime<
        ::plain_webhooks::__private::chrono::Utc,
    >,
    #[serde(rename = "updatedBy")]
    pub updated_by: Actor,
}
/// Used in `emailParticipant.emailActor`.
///
/// One of 5 kinds, told apart by `actorType`.
#[derive(Clone, Debug, PartialEq)]
#[derive(::plain_webhooks::__private::serde::Serialize)]
#[serde(crate = "::plain_webhooks::__private::serde")]
#[serde(tag = "actorType")]
pub enum EmailActor {
    /// `actorType: "UNKNOWN"`
    #[serde(rename = "UNKNOWN")]
    Unknown,
    /// `actorType: "user"`
    #[serde(rename = "user")]
    User(UserActor),
    /// `actorType: "customer"`
    #[serde(rename = "customer")]
    Customer(CustomerActor),
    /// `actorType: "supportEmailAddress"`
    #[serde(rename = "supportEmailAddress")]
    SupportEmailAddress(EmailActorSupportEmailAddress),
    /// `actorType: "deletedCustomer"`
    #[serde(rename = "deletedCustomer")]
    DeletedCustomer(EmailActorDeletedCustomer),
}
impl<'de> ::plain_webhooks::__private::serde::Deserialize<'de> for EmailActor {
    fn deserialize<D: ::plain_webhooks::__private::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        ::plain_webhooks::__private::tagged::deserialize(deserializer)
    }
}
#[doc(hidden)]
impl ::plain_webhooks::__private::tagged::Tagged for EmailActor {
    const NAME: &'static str = "EmailActor";
    const TAG: &'static str = "actorType";
    const VARIANTS: &'static [&'static str] = &[
        "UNKNOWN",
        "user",
        "customer",
        "supportEmailAddress",
        "deletedCustomer",
    ];
    fn variant<'de, M: ::plain_webhooks::__private::serde::de::MapAccess<'de>>(
        tag: &str,
        rest: M,
    ) -> ::core::result::Result<Self, M::Error> {
        match tag {
            "UNKNOWN" => {
                ::plain_webhooks::__private::tagged::unit(rest).map(|()| Self::Unknown)
            }
            "user" => ::plain_webhooks::__private::tagged::fields(rest).map(Self::User),
            "customer" => {
                ::plain_webhooks::__private::tagged::fields(rest).map(Self::Customer)
            }
            "supportEmailAddress" => {
                ::plain_webhooks::__private::tagged::fields(rest)
                    .map(Self::SupportEmailAddress)
            }
            "deletedCustomer" => {
                ::plain_webhooks::__private::tagged::fields(rest)
                    .map(Self::DeletedCustomer)
            }
            _ => {
                ::core::result::Result::Err(
                    ::plain_webhooks::__private::tagged::unknown::<Self, M::Error>(tag),
                )
            }
        }
    }
}
/// Used in `emailActor`.
#[derive(Clone, Debug, PartialEq)]
#[derive(
    ::plain_webhooks::__private::serde::Deserialize,
    ::plain_webhooks::__private::serde::Serialize
)]
#[serde(crate = "::plain_webhooks::__private::serde")]
pub struct EmailActorDeletedCustomer {
    #[serde(rename = "customerId")]
    pub customer_id: Id,
}
/// Used in `emailActor`.
#[derive(Clone, Debug, PartialEq)]
#[derive(
    ::plain_webhooks::__private::serde::Deserialize,
    ::plain_webhooks::__private::serde::Serialize
)]
#[serde(crate = "::plain_webhooks::__private::serde")]
pub struct EmailActorSupportEmailAddress {
    #[serde(rename = "supportEmailAddress")]
    pub support_email_address: ::std::string::String,
}
/// Used in `customer.email.email`, `user.email`.
#[derive(
    Clone,
    Debug,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    ::plain_webhooks::__private::serde::Serialize
)]
#[serde(crate = "::plain_webhooks::__private::serde")]
#[serde(transparent)]
pub struct EmailAddress(::std::string::String);
impl EmailAddress {
    /// The string.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}
impl ::core::ops::Deref for EmailAddress {
    type Target = str;
    fn deref(&self) -> &str {
        &self.0
    }
}
impl ::core::fmt::Display for EmailAddress {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(&self.0)
    }
}
impl<'de> ::plain_webhooks::__private::serde::Deserialize<'de> for EmailAddress {
    fn deserialize<D: ::plain_webhooks::__private::serde::Deserializer<'de>>(
        d: D,
    ) -> ::core::result::Result<Self, D::Error> {
        static CHECK: ::plain_webhooks::__private::TextCheck = ::plain_webhooks::__private::TextCheck::new(
            ::core::option::Option::Some(
                "^(([^<>()[\\]\\\\.,;:\\s@\"]+(\\.[^<>()[\\]\\\\.,;:\\s@\"]+)*)|(\".+\"))@((\\[[0-9]{1,3}\\.[0-9]{1,3}\\.[0-9]{1,3}\\.[0-9]{1,3}\\])|([^-]([a-zA-Z0-9-]*\\.)+[a-zA-Z]{2,}))$",
            ),
            ::core::option::Option::None,
            ::core::option::Option::None,
        );
        CHECK.deserialize(d).map(Self)
    }
}
/// Used in `email.authenticity`, `emailEntry.authenticity`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[derive(
    ::plain_webhooks::__private::serde::Deserialize,
    ::plain_webhooks::__private::serde::Serialize
)]
#[serde(crate = "::plain_webhooks::__private::serde")]
pub enum EmailAuthenticity {
    #[serde(rename = "PASS")]
    Pass,
    #[serde(rename = "FAIL")]
    Fail,
    #[serde(rename = "UNKNOWN")]
    Unknown,
    #[serde(rename = "UNKNOWN_EMAIL_AUTHENTICITY")]
    UnknownEmailAuthenticity,
}
/// Used in `timelineEntryEntry`.
#[derive(Clone, Debug, PartialEq)]
#[derive(
    ::plain_webhooks::__private::serde::Deserialize,
    ::plain_webhooks::__private::serde::Serialize
)]
#[serde(crate = "::plain_webhooks::__private::serde")]
pub struct EmailEntry {
    #[serde(rename = "additionalRecipients")]
    pub additional_recipients: ::std::vec::Vec<EmailParticipant>,
    pub attachments: ::std::vec::Vec<EmailEntryAttachment>,
    pub authenticity: EmailAuthenticity,
    #[serde(rename = "emailId")]
    pub email_id: Id,
    pub from: EmailParticipant,
    #[serde(rename = "hasMoreMarkdownContent")]
    pub has_more_markdown_content: bool,
    #[serde(rename = "hasMoreTextContent")]
    pub has_more_text_content: bool,
    #[serde(rename = "hiddenRecipients")]
    pub hidden_recipients: ::std::vec::Vec<EmailParticipant>,
    #[serde(
        rename = "inReplyToEmailId",
        deserialize_with = "::plain_webhooks::__private::required_nullable"
    )]
    pub in_reply_to_email_id: ::core::option::Option<::std::string::String>,
    #[serde(rename = "isStartOfThread")]
    pub is_start_of_thread: bool,
    #[serde(
        rename = "markdownContent",
        deserialize_with = "::plain_webhooks::__private::required_nullable"
    )]
    pub markdown_content: ::core::option::Option<::std::string::String>,
    #[serde(
        rename = "receivedAt",
        deserialize_with = "::plain_webhooks::__private::required_nullable"
    )]
    pub received_at: ::core::option::Option<
        ::plain_webhooks::__private::chrono::DateTime<
            ::plain_webhooks::__private::chrono::Utc,
        >,
    >,
    #[serde(
        rename = "sentAt",
        deserialize_with = "::plain_webhooks::__private::required_nullable"
    )]
    pub sent_at: ::core::option::Option<
        ::plain_webhooks::__private::chrono::DateTime<
            ::plain_webhooks::__private::chrono::Utc,
        >,
    >,
    #[serde(deserialize_with = "::plain_webhooks::__private::required_nullable")]
    pub subject: ::core::option::Option<::std::string::String>,
    #[serde(
        rename = "textContent",
        deserialize_with = "::plain_webhooks::__private::required_nullable"
    )]
    pub text_content: ::core::option::Option<::std::string::String>,
    pub to: EmailParticipant,
}
/// Used in `emailEntry.attachments[]`.
#[derive(Clone, Debug, PartialEq)]
#[derive(
    ::plain_webhooks::__private::serde::Deserialize,
    ::plain_webhooks::__private::serde::Serialize
)]
#[serde(crate = "::plain_webhooks::__private::serde")]
pub struct EmailEntryAttachment {
    #[serde(rename = "createdAt")]
    pub created_at: ::plain_webhooks::__private::chrono::DateTime<
        ::plain_webhooks::__private::chrono::Utc,
    >,
    #[serde(rename = "createdBy")]
    pub created_by: Actor,
    #[serde(rename = "emailContentId")]
    pub email_content_id: ::std::string::String,
    #[serde(
        rename = "fileExtension",
        deserialize_with = "::plain_webhooks::__private::required_nullable"
    )]
    pub file_extension: ::core::option::Option<::std::string::String>,
    #[serde(rename = "fileMimeType")]
    pub file_mime_type: AttachmentFileMimeType,
    #[serde(rename = "fileName")]
    pub file_name: AttachmentFileName,
    #[serde(rename = "fileSizeBytes")]
    pub file_size_bytes: u64,
    pub id: Id,
    #[serde(rename = "type")]
    pub type_: EmailEntryAttachmentType,
    #[serde(rename = "updatedAt")]
    pub updated_at: ::plain_webhooks::__private::chrono::DateTime<
        ::plain_webhooks::__private::chrono::Utc,
    >,
    #[serde(rename = "updatedBy")]
    pub updated_by: Actor,
}
/// Used in `emailEntryAttachment.type`.
///
/// Always `"EMAIL"`: checked when a body is parsed.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct EmailEntryAttachmentType;
impl EmailEntryAttachmentType {
    /// The one value.
    pub const VALUE: &'static str = "EMAIL";
}
impl ::plain_webhooks::__private::serde::Serialize for EmailEntryAttachmentType {
    fn serialize<S: ::plain_webhooks::__private::serde::Serializer>(
        &self,
        s: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        s.serialize_str(Self::VALUE)
    }
}
impl<'de> ::plain_webhooks::__private::serde::Deserialize<'de>
for EmailEntryAttachmentType {
    fn deserialize<D: ::plain_webhooks::__private::serde::Deserializer<'de>>(
        d: D,
    ) -> ::core::result::Result<Self, D::Error> {
        ::plain_webhooks::__private::constant(d, Self::VALUE).map(|()| Self)
    }
}
/// Used in `email.additionalRecipients[]`, `email.from`, `email.hiddenRecipients[]`, `email.to` and 4 more.
#[derive(Clone, Debug, PartialEq)]
#[derive(
    ::plain_webhooks::__private::serde::Deserialize,
    ::plain_webhooks::__private::serde::Serialize
)]
#[serde(crate = "::plain_webhooks::__private::serde")]
pub struct EmailParticipant {
    pub email: ::std::string::String,
    #[serde(
        rename = "emailActor",
        deserialize_with = "::plain_webhooks::__private::required_nullable"
    )]
    pub email_actor: ::core::option::Option<EmailActor>,
    #[serde(deserialize_with = "::plain_webhooks::__private::required_nullable")]
    pub name: ::core::option::Option<::std::string::String>,
}
/// Used in `attachment.id`, `chat.id`, `chat.timelineEntryId`, `chatEntry.chatId` and 46 more.
#[derive(
    Clone,
    Debug,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    ::plain_webhooks::__private::serde::Serialize
)]
#[serde(crate = "::plain_webhooks::__private::serde")]
#[serde(transparent)]
pub struct Id(::std::string::String);
impl Id {
    /// The string.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}
impl ::core::ops::Deref for Id {
    type Target = str;
    fn deref(&self) -> &str {
        &self.0
    }
}
impl ::core::fmt::Display for Id {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(&self.0)
    }
}
impl<'de> ::plain_webhooks::__private::serde::Deserialize<'de> for Id {
    fn deserialize<D: ::plain_webhooks::__private::serde::Deserializer<'de>>(
        d: D,
    ) -> ::core::result::Result<Self, D::Error> {
        static CHECK: ::plain_webhooks::__private::TextCheck = ::plain_webhooks::__private::TextCheck::new(
            ::core::option::Option::Some(
                "^[a-zA-Z]+_[0123456789ABCDEFGHJKMNPQRSTVWXYZ]{26}$",
            ),
            ::core::option::Option::Some(1usize),
            ::core::option::Option::Some(50usize),
        );
        CHECK.deserialize(d).map(Self)
    }
}
/// Used in `customer.markedAsSpamBy`, `customerGroup.createdBy`, `customerGroup.updatedBy`, `customerGroupMembership.createdBy` and 17 more.
///
/// One of 4 kinds, told apart by `actorType`.
#[derive(Clone, Debug, PartialEq)]
#[derive(::plain_webhooks::__private::serde::Serialize)]
#[serde(crate = "::plain_webhooks::__private::serde")]
#[serde(tag = "actorType")]
pub enum InternalActor {
    /// `actorType: "UNKNOWN"`
    #[serde(rename = "UNKNOWN")]
    Unknown,
    /// `actorType: "user"`
    #[serde(rename = "user")]
    User(UserActor),
    /// `actorType: "machineUser"`
    #[serde(rename = "machineUser")]
    MachineUser(MachineUserActor),
    /// `actorType: "system"`
    #[serde(rename = "system")]
    System(SystemActor),
}
impl<'de> ::plain_webhooks::__private::serde::Deserialize<'de> for InternalActor {
    fn deserialize<D: ::plain_webhooks::__private::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        ::plain_webhooks::__private::tagged::deserialize(deserializer)
    }
}
#[doc(hidden)]
impl ::plain_webhooks::__private::tagged::Tagged for InternalActor {
    const NAME: &'static str = "InternalActor";
    const TAG: &'static str = "actorType";
    const VARIANTS: &'static [&'static str] = &[
        "UNKNOWN",
        "user",
        "machineUser",
        "system",
    ];
    fn variant<'de, M: ::plain_webhooks::__private::serde::de::MapAccess<'de>>(
        tag: &str,
        rest: M,
    ) -> ::core::result::Result<Self, M::Error> {
        match tag {
            "UNKNOWN" => {
                ::plain_webhooks::__private::tagged::unit(rest).map(|()| Self::Unknown)
            }
            "user" => ::plain_webhooks::__private::tagged::fields(rest).map(Self::User),
            "machineUser" => {
                ::plain_webhooks::__private::tagged::fields(rest).map(Self::MachineUser)
            }
            "system" => {
                ::plain_webhooks::__private::tagged::fields(rest).map(Self::System)
            }
            _ => {
                ::core::result::Result::Err(
                    ::plain_webhooks::__private::tagged::unknown::<Self, M::Error>(tag),
                )
            }
        }
    }
}
/// Used in `thread.labels[]`.
#[derive(Clone, Debug, PartialEq)]
#[derive(
    ::plain_webhooks::__private::serde::Deserialize,
    ::plain_webhooks::__private::serde::Serialize
)]
#[serde(crate = "::plain_webhooks::__private::serde")]
pub struct Label {
    #[serde(rename = "createdAt")]
    pub created_at: ::plain_webhooks::__private::chrono::DateTime<
        ::plain_webhooks::__private::chrono::Utc,
    >,
    #[serde(rename = "createdBy")]
    pub created_by: Actor,
    pub id: Id,
    #[serde(rename = "labelType")]
    pub label_type: LabelType,
    #[serde(rename = "updatedAt")]
    pub updated_at: ::plain_webhooks::__private::chrono::DateTime<
        ::plain_webhooks::__private::chrono::Utc,
    >,
    #[serde(rename = "updatedBy")]
    pub updated_by: Actor,
}
/// Used in `label.labelType`.
#[derive(Clone, Debug, PartialEq)]
#[derive(
    ::plain_webhooks::__private::serde::Deserialize,
    ::plain_webhooks::__private::serde::Serialize
)]
#[serde(crate = "::plain_webhooks::__private::serde")]
pub struct LabelType {
    #[serde(
        rename = "archivedAt",
        deserialize_with = "::plain_webhooks::__private::required_nullable"
    )]
    pub archived_at: ::core::option::Option<
        ::plain_webhooks::__private::chrono::DateTime<
            ::plain_webhooks::__private::chrono::Utc,
        >,
    >,
    #[serde(
        rename = "archivedBy",
        deserialize_with = "::plain_webhooks::__private::required_nullable"
    )]
    pub archived_by: ::core::option::Option<InternalActor>,
    #[serde(rename = "createdAt")]
    pub created_at: ::plain_webhooks::__private::chrono::DateTime<
        ::plain_webhooks::__private::chrono::Utc,
    >,
    #[serde(rename = "createdBy")]
    pub created_by: InternalActor,
    #[serde(
        rename = "externalId",
        default,
        skip_serializing_if = "::core::option::Option::is_none"
    )]
    pub external_id: ::core::option::Option<LabelTypeExternalId>,
    #[serde(default, skip_serializing_if = "::core::option::Option::is_none")]
    pub icon: ::core::option::Option<::std::string::String>,
    pub id: Id,
    #[serde(
        rename = "isArchived",
        default,
        skip_serializing_if = "::core::option::Option::is_none"
    )]
    pub is_archived: ::core::option::Option<bool>,
    #[serde(
        rename = "isExcludedFromAi",
        default,
        skip_serializing_if = "::core::option::Option::is_none"
    )]
    pub is_excluded_from_ai: ::core::option::Option<bool>,
    pub name: LabelTypeName,
    #[serde(rename = "updatedAt")]
    pub updated_at: ::plain_webhooks::__private::chrono::DateTime<
        ::plain_webhooks::__private::chrono::Utc,
    >,
    #[serde(rename = "updatedBy")]
    pub updated_by: InternalActor,
}
/// Used in `labelType.externalId`.
#[derive(
    Clone,
    Debug,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    ::plain_webhooks::__private::serde::Serialize
)]
#[serde(crate = "::plain_webhooks::__private::serde")]
#[serde(transparent)]
pub struct LabelTypeExternalId(::std::string::String);
impl LabelTypeExternalId {
    /// The string.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}
impl ::core::ops::Deref for LabelTypeExternalId {
    type Target = str;
    fn deref(&self) -> &str {
        &self.0
    }
}
impl ::core::fmt::Display for LabelTypeExternalId {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(&self.0)
    }
}
impl<'de> ::plain_webhooks::__private::serde::Deserialize<'de> for LabelTypeExternalId {
    fn deserialize<D: ::plain_webhooks::__private::serde::Deserializer<'de>>(
        d: D,
    ) -> ::core::result::Result<Self, D::Error> {
        static CHECK: ::plain_webhooks::__private::TextCheck = ::plain_webhooks::__private::TextCheck::new(
            ::core::option::Option::None,
            ::core::option::Option::None,
            ::core::option::Option::Some(500usize),
        );
        CHECK.deserialize(d).map(Self)
    }
}
/// Used in `labelType.name`.
#[derive(
    Clone,
    Debug,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    ::plain_webhooks::__private::serde::Serialize
)]
#[serde(crate = "::plain_webhooks::__private::serde")]
#[serde(transparent)]
pub struct LabelTypeName(::std::string::String);
impl LabelTypeName {
    /// The string.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}
impl ::core::ops::Deref for LabelTypeName {
    type Target = str;
    fn deref(&self) -> &str {
        &self.0
    }
}
impl ::core::fmt::Display for LabelTypeName {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(&self.0)
    }
}
impl<'de> ::plain_webhooks::__private::serde::Deserialize<'de> for LabelTypeName {
    fn deserialize<D: ::plain_webhooks::__private::serde::Deserializer<'de>>(
        d: D,
    ) -> ::core::result::Result<Self, D::Error> {
        static CHECK: ::plain_webhooks::__private::TextCheck = ::plain_webhooks::__private::TextCheck::new(
            ::core::option::Option::None,
            ::core::option::Option::Some(1usize),
            ::core::option::Option::Some(500usize),
        );
        CHECK.deserialize(d).map(Self)
    }
}
/// Used in `threadAssignee`.
#[derive(Clone, Debug, PartialEq)]
#[derive(
    ::plain_webhooks::__private::serde::Deserialize,
    ::plain_webhooks::__private::serde::Serialize
)]
#[serde(crate = "::plain_webhooks::__private::serde")]
pub struct MachineUser {
    #[serde(rename = "createdAt")]
    pub created_at: ::plain_webhooks::__private::chrono::DateTime<
        ::plain_webhooks::__private::chrono::Utc,
    >,
    #[serde(rename = "createdBy")]
    pub created_by: InternalActor,
    #[serde(
        rename = "deletedAt",
        deserialize_with = "::plain_webhooks::__private::required_nullable"
    )]
    pub deleted_at: ::core::option::Option<
        ::plain_webhooks::__private::chrono::DateTime<
            ::plain_webhooks::__private::chrono::Utc,
        >,
    >,
    #[serde(
        rename = "deletedBy",
        deserialize_with = "::plain_webhooks::__private::required_nullable"
    )]
    pub deleted_by: ::core::option::Option<InternalActor>,
    #[serde(deserialize_with = "::plain_webhooks::__private::required_nullable")]
    pub description: ::core::option::Option<::std::string::String>,
    #[serde(rename = "fullName")]
    pub full_name: ::std::string::String,
    pub id: Id,
    #[serde(rename = "publicName")]
    pub public_name: ::std::string::String,
    #[serde(rename = "updatedAt")]
    pub updated_at: ::plain_webhooks::__private::chrono::DateTime<
        ::plain_webhooks::__private::chrono::Utc,
    >,
    #[serde(rename = "updatedBy")]
    pub updated_by: InternalActor,
}
/// Used in `actor`, `internalActor`.
#[derive(Clone, Debug, PartialEq)]
#[derive(
    ::plain_webhooks::__private::serde::Deserialize,
    ::plain_webhooks::__private::serde::Serialize
)]
#[serde(crate = "::plain_webhooks::__private::serde")]
pub struct MachineUserActor {
    #[serde(rename = "machineUserId")]
    pub machine_user_id: Id,
}
/// Used in `threadMSTeamsMessageReceivedEventPayload.msTeamsMessage`, `threadMSTeamsMessageSentEventPayload.msTeamsMessage`.
#[derive(Clone, Debug, PartialEq)]
#[derive(
    ::plain_webhooks::__private::serde::Deserialize,
    ::plain_webhooks::__private::serde::Serialize
)]
#[serde(crate = "::plain_webhooks::__private::serde")]
pub struct MsTeamsMessage {
    pub attachments: ::std::vec::Vec<Attachment>,
    #[serde(rename = "createdAt")]
    pub created_at: ::plain_webhooks::__private::chrono::DateTime<
        ::plain_webhooks::__private::chrono::Utc,
    >,
    #[serde(rename = "createdBy")]
    pub created_by: Actor,
    #[serde(
        rename = "deletedOnMsTeamsAt",
        deserialize_with = "::plain_webhooks::__private::required_nullable"
    )]
    pub deleted_on_ms_teams_at: ::core::option::Option<
        ::plain_webhooks::__private::chrono::DateTime<
            ::plain_webhooks::__private::chrono::Utc,
        >,
    >,
    #[serde(
        rename = "lastEditedOnMsTeamsAt",
        deserialize_with = "::plain_webhooks::__private::required_nullable"
    )]
    pub last_edited_on_ms_teams_at: ::core::option::Option<
        ::plain_webhooks::__private::chrono::DateTime<
            ::plain_webhooks::__private::chrono::Utc,
        >,
    >,
    #[serde(rename = "msTeamsMessageId")]
    pub ms_teams_message_id: ::std::string::String,
    pub text: ::std::string::String,
    #[serde(rename = "threadId")]
    pub thread_id: Id,
    #[serde(rename = "timelineEntryId")]
    pub timeline_entry_id: Id,
    #[serde(
        rename = "type",
        deserialize_with = "::plain_webhooks::__private::required_nullable"
    )]
    pub type_: ::core::option::Option<MsTeamsMessageType>,
    #[serde(rename = "updatedAt")]
    pub updated_at: ::plain_webhooks::__private::chrono::DateTime<
        ::plain_webhooks::__private::chrono::Utc,
    >,
    #[serde(rename = "updatedBy")]
    pub updated_by: Actor,
}
/// Used in `msTeamsMessage.type`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[derive(
    ::plain_webhooks::__private::serde::Deserialize,
    ::plain_webhooks::__private::serde::Serialize
)]
#[serde(crate = "::plain_webhooks::__private::serde")]
pub enum MsTeamsMessageType {
    #[serde(rename = "INBOUND")]
    Inbound,
    #[serde(rename = "OUTBOUND")]
    Outbound,
    #[serde(rename = "UNKNOWN_MS_TEAMS_MESSAGE_TYPE")]
    UnknownMsTeamsMessageType,
}
/// Used in `timelineEntryEntry`.
#[derive(Clone, Debug, PartialEq)]
#[derive(
    ::plain_webhooks::__private::serde::Deserialize,
    ::plain_webhooks::__private::serde::Serialize
)]
#[serde(crate = "::plain_webhooks::__private::serde")]
pub struct NoteEntry {
    #[serde(deserialize_with = "::plain_webhooks::__private::required_nullable")]
    pub markdown: ::core::option::Option<NoteEntryMarkdown>,
    #[serde(rename = "noteId")]
    pub note_id: Id,
    pub text: NoteEntryText,
}
/// Used in `noteEntry.markdown`.
#[derive(
    Clone,
    Debug,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    ::plain_webhooks::__private::serde::Serialize
)]
#[serde(crate = "::plain_webhooks::__private::serde")]
#[serde(transparent)]
pub struct NoteEntryMarkdown(::std::string::String);
impl NoteEntryMarkdown {
    /// The string.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}
impl ::core::ops::Deref for NoteEntryMarkdown {
    type Target = str;
    fn deref(&self) -> &str {
        &self.0
    }
}
impl ::core::fmt::Display for NoteEntryMarkdown {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(&self.0)
    }
}
impl<'de> ::plain_webhooks::__private::serde::Deserialize<'de> for NoteEntryMarkdown {
    fn deserialize<D: ::plain_webhooks::__private::serde::Deserializer<'de>>(
        d: D,
    ) -> ::core::result::Result<Self, D::Error> {
        static CHECK: ::plain_webhooks::__private::TextCheck = ::plain_webhooks::__private::TextCheck::new(
            ::core::option::Option::None,
            ::core::option::Option::Some(1usize),
            ::core::option::Option::Some(10000usize),
        );
        CHECK.deserialize(d).map(Self)
    }
}
/// Used in `noteEntry.text`.
#[derive(
    Clone,
    Debug,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    ::plain_webhooks::__private::serde::Serialize
)]
#[serde(crate = "::plain_webhooks::__private::serde")]
#[serde(transparent)]
pub struct NoteEntryText(::std::string::String);
impl NoteEntryText {
    /// The string.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}
impl ::core::ops::Deref for NoteEntryText {
    type Target = str;
    fn deref(&self) -> &str {
        &self.0
    }
}
impl ::core::fmt::Display for NoteEntryText {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(&self.0)
    }
}
impl<'de> ::plain_webhooks::__private::serde::Deserialize<'de> for NoteEntryText {
    fn deserialize<D: ::plain_webhooks::__private::serde::Deserializer<'de>>(
        d: D,
    ) -> ::core::result::Result<Self, D::Error> {
        static CHECK: ::plain_webhooks::__private::TextCheck = ::plain_webhooks::__private::TextCheck::new(
            ::core::option::Option::None,
            ::core::option::Option::Some(1usize),
            ::core::option::Option::Some(10000usize),
        );
        CHECK.deserialize(d).map(Self)
    }
}
/// Used in `threadServiceLevelAgreementStatusTransitionedPayload.serviceLevelAgreement`.
///
/// One of 3 kinds, told apart by `type`.
#[derive(Clone, Debug, PartialEq)]
#[derive(::plain_webhooks::__private::serde::Serialize)]
#[serde(crate = "::plain_webhooks::__private::serde")]
#[serde(tag = "type")]
pub enum ServiceLevelAgreement {
    /// `type: "UNKNOWN"`
    #[serde(rename = "UNKNOWN")]
    Unknown,
    /// `type: "FIRST_RESPONSE_TIME"`
    #[serde(rename = "FIRST_RESPONSE_TIME")]
    FirstResponseTime(ServiceLevelAgreementFirstResponseTime),
    /// `type: "NEXT_RESPONSE_TIME"`
    #[serde(rename = "NEXT_RESPONSE_TIME")]
    NextResponseTime(ServiceLevelAgreementNextResponseTime),
}
impl<'de> ::plain_webhooks::__private::serde::Deserialize<'de>
for ServiceLevelAgreement {
    fn deserialize<D: ::plain_webhooks::__private::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        ::plain_webhooks::__private::tagged::deserialize(deserializer)
    }
}
#[doc(hidden)]
impl ::plain_webhooks::__private::tagged::Tagged for ServiceLevelAgreement {
    const NAME: &'static str = "ServiceLevelAgreement";
    const TAG: &'static str = "type";
    const VARIANTS: &'static [&'static str] = &[
        "UNKNOWN",
        "FIRST_RESPONSE_TIME",
        "NEXT_RESPONSE_TIME",
    ];
    fn variant<'de, M: ::plain_webhooks::__private::serde::de::MapAccess<'de>>(
        tag: &str,
        rest: M,
    ) -> ::core::result::Result<Self, M::Error> {
        match tag {
            "UNKNOWN" => {
                ::plain_webhooks::__private::tagged::unit(rest).map(|()| Self::Unknown)
            }
            "FIRST_RESPONSE_TIME" => {
                ::plain_webhooks::__private::tagged::fields(rest)
                    .map(Self::FirstResponseTime)
            }
            "NEXT_RESPONSE_TIME" => {
                ::plain_webhooks::__private::tagged::fields(rest)
                    .map(Self::NextResponseTime)
            }
            _ => {
                ::core::result::Result::Err(
                    ::plain_webhooks::__private::tagged::unknown::<Self, M::Error>(tag),
                )
            }
        }
    }
}
/// Used in `serviceLevelAgreement`.
#[derive(Clone, Debug, PartialEq)]
#[derive(
    ::plain_webhooks::__private::serde::Deserialize,
    ::plain_webhooks::__private::serde::Serialize
)]
#[serde(crate = "::plain_webhooks::__private::serde")]
pub struct ServiceLevelAgreementFirstResponseTime {
    #[serde(rename = "createdAt")]
    pub created_at: ::plain_webhooks::__private::chrono::DateTime<
        ::plain_webhooks::__private::chrono::Utc,
    >,
    #[serde(rename = "createdBy")]
    pub created_by: InternalActor,
    #[serde(rename = "firstResponseTimeMinutes")]
    pub first_response_time_minutes: f64,
    pub id: Id,
    #[serde(rename = "threadPriorityFilter")]
    pub thread_priority_filter: ::std::vec::Vec<f64>,
    pub tier: Tier,
    #[serde(rename = "updatedAt")]
    pub updated_at: ::plain_webhooks::__private::chrono::DateTime<
        ::plain_webhooks::__private::chrono::Utc,
    >,
    #[serde(rename = "updatedBy")]
    pub updated_by: InternalActor,
    #[serde(rename = "useBusinessHoursOnly")]
    pub use_business_hours_only: bool,
}
/// Used in `serviceLevelAgreement`.
#[derive(Clone, Debug, PartialEq)]
#[derive(
    ::plain_webhooks::__private::serde::Deserialize,
    ::plain_webhooks::__private::serde::Serialize
)]
#[serde(crate = "::plain_webhooks::__private::serde")]
pub struct ServiceLevelAgreementNextResponseTime {
    #[serde(rename = "createdAt")]
    pub created_at: ::plain_webhooks::__private::chrono::DateTime<
        ::plain_webhooks::__private::chrono::Utc,
    >,
    #[serde(rename = "createdBy")]
    pub created_by: InternalActor,
    pub id: Id,
    #[serde(rename = "nextResponseTimeMinutes")]
    pub next_response_time_minutes: f64,
    #[serde(rename = "threadPriorityFilter")]
    pub thread_priority_filter: ::std::vec::Vec<f64>,
    pub tier: Tier,
    #[serde(rename = "updatedAt")]
    pub updated_at: ::plain_webhooks::__private::chrono::DateTime<
        ::plain_webhooks::__private::chrono::Utc,
    >,
    #[serde(rename = "updatedBy")]
    pub updated_by: InternalActor,
    #[serde(rename = "useBusinessHoursOnly")]
    pub use_business_hours_only: bool,
}
/// Used in `threadServiceLevelAgreementStatusTransitionedPayload.previousServiceLevelAgreementStatusDetail`, `threadServiceLevelAgreementStatusTransitionedPayload.serviceLevelAgreementStatusDetail`.
///
/// One of 7 kinds, told apart by `status`.
#[derive(Clone, Debug, PartialEq)]
#[derive(::plain_webhooks::__private::serde::Serialize)]
#[serde(crate = "::plain_webhooks::__private::serde")]
#[serde(tag = "status")]
pub enum ServiceLevelAgreementStatusDetail {
    /// `status: "UNKNOWN"`
    #[serde(rename = "UNKNOWN")]
    Unknown,
    /// `status: "PENDING"`
    #[serde(rename = "PENDING")]
    Pending(ServiceLevelAgreementStatusDetailPending),
    /// `status: "ACHIEVED"`
    #[serde(rename = "ACHIEVED")]
    Achieved(ServiceLevelAgreementStatusDetailAchieved),
    /// `status: "IMMINENT_BREACH"`
    #[serde(rename = "IMMINENT_BREACH")]
    ImminentBreach(ServiceLevelAgreementStatusDetailImminentBreach),
    /// `status: "BREACHING"`
    #[serde(rename = "BREACHING")]
    Breaching(ServiceLevelAgreementStatusDetailBreaching),
    /// `status: "BREACHED"`
    #[serde(rename = "BREACHED")]
    Breached(ServiceLevelAgreementStatusDetailBreached),
    /// `status: "CANCELLED"`
    #[serde(rename = "CANCELLED")]
    Cancelled(ServiceLevelAgreementStatusDetailCancelled),
}
impl<'de> ::plain_webhooks::__private::serde::Deserialize<'de>
for ServiceLevelAgreementStatusDetail {
    fn deserialize<D: ::plain_webhooks::__private::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        ::plain_webhooks::__private::tagged::deserialize(deserializer)
    }
}
#[doc(hidden)]
impl ::plain_webhooks::__private::tagged::Tagged for ServiceLevelAgreementStatusDetail {
    const NAME: &'static str = "ServiceLevelAgreementStatusDetail";
    const TAG: &'static str = "status";
    const VARIANTS: &'static [&'static str] = &[
        "UNKNOWN",
        "PENDING",
        "ACHIEVED",
        "IMMINENT_BREACH",
        "BREACHING",
        "BREACHED",
        "CANCELLED",
    ];
    fn variant<'de, M: ::plain_webhooks::__private::serde::de::MapAccess<'de>>(
        tag: &str,
        rest: M,
    ) -> ::core::result::Result<Self, M::Error> {
        match tag {
            "UNKNOWN" => {
                ::plain_webhooks::__private::tagged::unit(rest).map(|()| Self::Unknown)
            }
            "PENDING" => {
                ::plain_webhooks::__private::tagged::fields(rest).map(Self::Pending)
            }
            "ACHIEVED" => {
                ::plain_webhooks::__private::tagged::fields(rest).map(Self::Achieved)
            }
            "IMMINENT_BREACH" => {
                ::plain_webhooks::__private::tagged::fields(rest)
                    .map(Self::ImminentBreach)
            }
            "BREACHING" => {
                ::plain_webhooks::__private::tagged::fields(rest).map(Self::Breaching)
            }
            "BREACHED" => {
                ::plain_webhooks::__private::tagged::fields(rest).map(Self::Breached)
            }
            "CANCELLED" => {
                ::plain_webhooks::__private::tagged::fields(rest).map(Self::Cancelled)
            }
            _ => {
                ::core::result::Result::Err(
                    ::plain_webhooks::__private::tagged::unknown::<Self, M::Error>(tag),
                )
            }
        }
    }
}
/// Used in `serviceLevelAgreementStatusDetail`.
#[derive(Clone, Debug, PartialEq)]
#[derive(
    ::plain_webhooks::__private::serde::Deserialize,
    ::plain_webhooks::__private::serde::Serialize
)]
#[serde(crate = "::plain_webhooks::__private::serde")]
pub struct ServiceLevelAgreementStatusDetailAchieved {
    #[serde(rename = "achievedAt")]
    pub achieved_at: ::plain_webhooks::__private::chrono::DateTime<
        ::plain_webhooks::__private::chrono::Utc,
    >,
}
/// Used in `serviceLevelAgreementStatusDetail`.
#[derive(Clone, Debug, PartialEq)]
#[derive(
    ::plain_webhooks::__private::serde::Deserialize,
    ::plain_webhooks::__private::serde::Serialize
)]
#[serde(crate = "::plain_webhooks::__private::serde")]
pub struct ServiceLevelAgreementStatusDetailBreached {
    #[serde(rename = "breachedAt")]
    pub breached_at: ::plain_webhooks::__private::chrono::DateTime<
        ::plain_webhooks::__private::chrono::Utc,
    >,
    #[serde(rename = "completedAt")]
    pub completed_at: ::plain_webhooks::__private::chrono::DateTime<
        ::plain_webhooks::__private::chrono::Utc,
    >,
}
/// Used in `serviceLevelAgreementStatusDetail`.
#[derive(Clone, Debug, PartialEq)]
#[derive(
    ::plain_webhooks::__private::serde::Deserialize,
    ::plain_webhooks::__private::serde::Serialize
)]
#[serde(crate = "::plain_webhooks::__private::serde")]
pub struct ServiceLevelAgreementStatusDetailBreaching {
    #[serde(rename = "breachedAt")]
    pub breached_at: ::plain_webhooks::__private::chrono::DateTime<
        ::plain_webhooks::__private::chrono::Utc,
    >,
}
/// Used in `serviceLevelAgreementStatusDetail`.
#[derive(Clone, Debug, PartialEq)]
#[derive(
    ::plain_webhooks::__private::serde::Deserialize,
    ::plain_webhooks::__private::serde::Serialize
)]
#[serde(crate = "::plain_webhooks::__private::serde")]
pub struct ServiceLevelAgreementStatusDetailCancelled {
    #[serde(rename = "cancelledAt")]
    pub cancelled_at: ::plain_webhooks::__private::chrono::DateTime<
        ::plain_webhooks::__private::chrono::Utc,
    >,
}
/// Used in `serviceLevelAgreementStatusDetail`.
#[derive(Clone, Debug, PartialEq)]
#[derive(
    ::plain_webhooks::__private::serde::Deserialize,
    ::plain_webhooks::__private::serde::Serialize
)]
#[serde(crate = "::plain_webhooks::__private::serde")]
pub struct ServiceLevelAgreementStatusDetailImminentBreach {
    #[serde(rename = "breachTime")]
    pub breach_time: ::plain_webhooks::__private::chrono::DateTime<
        ::plain_webhooks::__private::chrono::Utc,
    >,
}
/// Used in `serviceLevelAgreementStatusDetail`.
#[derive(Clone, Debug, PartialEq)]
#[derive(
    ::plain_webhooks::__private::serde::Deserialize,
    ::plain_webhooks::__private::serde::Serialize
)]
#[serde(crate = "::plain_webhooks::__private::serde")]
pub struct ServiceLevelAgreementStatusDetailPending {
    #[serde(rename = "breachTime")]
    pub breach_time: ::plain_webhooks::__private::chrono::DateTime<
        ::plain_webhooks::__private::chrono::Utc,
    >,
}
/// Used in `threadSlackMessageReceivedEventPayload.slackMessage`, `threadSlackMessageSentEventPayload.slackMessage`, `threadSlackMessageUpdatedEventPayload.slackMessage`.
#[derive(Clone, Debug, PartialEq)]
#[derive(
    ::plain_webhooks::__private::serde::Deserialize,
    ::plain_webhooks::__private::serde::Serialize
)]
#[serde(crate = "::plain_webhooks::__private::serde")]
pub struct SlackMessage {
    pub attachments: ::std::vec::Vec<Attachment>,
    #[serde(rename = "createdAt")]
    pub created_at: ::plain_webhooks::__private::chrono::DateTime<
        ::plain_webhooks::__private::chrono::Utc,
    >,
    #[serde(rename = "createdBy")]
    pub created_by: Actor,
    pub id: Id,
    #[serde(
        rename = "resolvedText",
        default,
        skip_serializing_if = "::core::option::Option::is_none"
    )]
    pub resolved_text: ::core::option::Option<::std::string::String>,
    #[serde(rename = "slackChannelId")]
    pub slack_channel_id: ::std::string::String,
    #[serde(rename = "slackChannelName")]
    pub slack_channel_name: ::std::string::String,
    #[serde(rename = "slackMessageLink")]
    pub slack_message_link: ::std::string::String,
    #[serde(
        rename = "slackReactions",
        default,
        skip_serializing_if = "::std::vec::Vec::is_empty"
    )]
    pub slack_reactions: ::std::vec::Vec<SlackMessageSlackReactionsItem>,
    pub text: ::std::string::String,
    #[serde(rename = "timelineEntryId")]
    pub timeline_entry_id: Id,
    #[serde(rename = "updatedAt")]
    pub updated_at: ::plain_webhooks::__private::chrono::DateTime<
        ::plain_webhooks::__private::chrono::Utc,
    >,
    #[serde(rename = "updatedBy")]
    pub updated_by: Actor,
}
/// Used in `slackMessage.slackReactions[]`, `slackReactionChange.reaction`.
#[derive(Clone, Debug, PartialEq)]
#[derive(
    ::plain_webhooks::__private::serde::Deserialize,
    ::plain_webhooks::__private::serde::Serialize
)]
#[serde(crate = "::plain_webhooks::__private::serde")]
pub struct SlackMessageSlackReactionsItem {
    pub actors: ::std::vec::Vec<SlackMessageSlackReactionsItemActorsItem>,
    #[serde(
        rename = "imageUrl",
        default,
        skip_serializing_if = "::core::option::Option::is_none"
    )]
    pub image_url: ::core::option::Option<::std::string::String>,
    pub name: ::std::string::String,
}
/// Used in `slackMessageSlackReactionsItem.actors[]`.
#[derive(Clone, Debug, PartialEq)]
#[derive(
    ::plain_webhooks::__private::serde::Deserialize,
    ::plain_webhooks::__private::serde::Serialize
)]
#[serde(crate = "::plain_webhooks::__private::serde")]
pub struct SlackMessageSlackReactionsItemActorsItem {
    #[serde(rename = "actorId")]
    pub actor_id: Id,
    #[serde(rename = "actorType")]
    pub actor_type: ThreadMessageInfoActorType,
    #[serde(rename = "slackUserId")]
    pub slack_user_id: ::std::string::String,
}
/// Used in `threadSlackMessageUpdatedEventPayload.reactionChange`.
#[derive(Clone, Debug, PartialEq)]
#[derive(
    ::plain_webhooks::__private::serde::Deserialize,
    ::plain_webhooks::__private::serde::Serialize
)]
#[serde(crate = "::plain_webhooks::__private::serde")]
pub struct SlackReactionChange {
    #[serde(rename = "changeType")]
    pub change_type: SlackReactionChangeChangeType,
    pub reaction: SlackMessageSlackReactionsItem,
}
/// Used in `slackReactionChange.changeType`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[derive(
    ::plain_webhooks::__private::serde::Deserialize,
    ::plain_webhooks::__private::serde::Serialize
)]
#[serde(crate = "::plain_webhooks::__private::serde")]
pub enum SlackReactionChangeChangeType {
    #[serde(rename = "ADDED")]
    Added,
    #[serde(rename = "REMOVED")]
    Removed,
    #[serde(rename = "UNKNOWN_SLACK_REACTION_CHANGE_TYPE")]
    UnknownSlackReactionChangeType,
}
/// Used in `actor`, `internalActor`.
#[derive(Clone, Debug, PartialEq)]
#[derive(
    ::plain_webhooks::__private::serde::Deserialize,
    ::plain_webhooks::__private::serde::Serialize
)]
#[serde(crate = "::plain_webhooks::__private::serde")]
pub struct SystemActor {
    pub system: ::std::string::String,
}
/// Used in `threadAssignmentTransitionedPublicEventPayload.previousThread`, `threadAssignmentTransitionedPublicEventPayload.thread`, `threadChatReceivedPublicEventPayload.thread`, `threadChatSentPublicEventPayload.thread` and 24 more.
#[derive(Clone, Debug, PartialEq)]
#[derive(
    ::plain_webhooks::__private::serde::Deserialize,
    ::plain_webhooks::__private::serde::Serialize
)]
#[serde(crate = "::plain_webhooks::__private::serde")]
pub struct Thread {
    #[serde(
        rename = "additionalAssignees",
        default,
        skip_serializing_if = "::std::vec::Vec::is_empty"
    )]
    pub additional_assignees: ::std::vec::Vec<ThreadAssignee>,
    #[serde(
        rename = "assignedAt",
        deserialize_with = "::plain_webhooks::__private::required_nullable"
    )]
    pub assigned_at: ::core::option::Option<
        ::plain_webhooks::__private::chrono::DateTime<
            ::plain_webhooks::__private::chrono::Utc,
        >,
    >,
    #[serde(deserialize_with = "::plain_webhooks::__private::required_nullable")]
    pub assignee: ::core::option::Option<ThreadAssignee>,
    #[serde(rename = "createdAt")]
    pub created_at: ::plain_webhooks::__private::chrono::DateTime<
        ::plain_webhooks::__private::chrono::Utc,
    >,
    #[serde(rename = "createdBy")]
    pub created_by: Actor,
    pub customer: Customer,
    #[serde(
        rename = "externalId",
        deserialize_with = "::plain_webhooks::__private::required_nullable"
    )]
    pub external_id: ::core::option::Option<ThreadExternalId>,
    #[serde(
        rename = "firstInboundMessageInfo",
        deserialize_with = "::plain_webhooks::__private::required_nullable"
    )]
    pub first_inbound_message_info: ::core::option::Option<ThreadMessageInfo>,
    #[serde(
        rename = "firstOutboundMessageInfo",
        deserialize_with = "::plain_webhooks::__private::required_nullable"
    )]
    pub first_outbound_message_info: ::core::option::Option<ThreadMessageInfo>,
    pub id: Id,
    pub labels: ::std::vec::Vec<Label>,
    #[serde(
        rename = "lastInboundMessageInfo",
        deserialize_with = "::plain_webhooks::__private::required_nullable"
    )]
    pub last_inbound_message_info: ::core::option::Option<ThreadMessageInfo>,
    #[serde(
        rename = "lastOutboundMessageInfo",
        deserialize_with = "::plain_webhooks::__private::required_nullable"
    )]
    pub last_outbound_message_info: ::core::option::Option<ThreadMessageInfo>,
    #[serde(
        rename = "previewText",
        default,
        skip_serializing_if = "::core::option::Option::is_none"
    )]
    pub preview_text: ::core::option::Option<ThreadPreviewText>,
    pub priority: f64,
    pub status: ThreadStatus,
    #[serde(rename = "statusChangedAt")]
    pub status_changed_at: ::plain_webhooks::__private::chrono::DateTime<
        ::plain_webhooks::__private::chrono::Utc,
    >,
    #[serde(
        rename = "statusChangedBy",
        default,
        skip_serializing_if = "::core::option::Option::is_none"
    )]
    pub status_changed_by: ::core::option::Option<Actor>,
    #[serde(
        rename = "statusDetail",
        deserialize_with = "::plain_webhooks::__private::required_nullable"
    )]
    pub status_detail: ::core::option::Option<ThreadStatusDetail>,
    #[serde(rename = "supportEmailAddresses")]
    pub support_email_addresses: ::std::vec::Vec<::std::string::String>,
    pub title: ThreadTitle,
    #[serde(rename = "updatedAt")]
    pub updated_at: ::plain_webhooks::__private::chrono::DateTime<
        ::plain_webhooks::__private::chrono::Utc,
    >,
    #[serde(rename = "updatedBy")]
    pub updated_by: Actor,
}
/// Used in `thread.additionalAssignees[]`, `thread.assignee`.
#[derive(Clone, Debug, PartialEq)]
#[derive(::plain_webhooks::__private::serde::Serialize)]
#[serde(crate = "::plain_webhooks::__private::serde")]
#[serde(untagged)]
pub enum ThreadAssignee {
    Unknown(ThreadAssigneeUnknown),
    User(User),
    MachineUser(MachineUser),
    Id(ThreadAssigneeId),
}
/// The first variant, in order, that the value fits.
impl<'de> ::plain_webhooks::__private::serde::Deserialize<'de> for ThreadAssignee {
    fn deserialize<D: ::plain_webhooks::__private::serde::Deserializer<'de>>(
        d: D,
    ) -> ::core::result::Result<Self, D::Error> {
        ::plain_webhooks::__private::untagged(
            d,
            "ThreadAssignee",
            &[
                |v| ::plain_webhooks::__private::from_value(v).map(Self::Unknown),
                |v| ::plain_webhooks::__private::from_value(v).map(Self::User),
                |v| ::plain_webhooks::__private::from_value(v).map(Self::MachineUser),
                |v| ::plain_webhooks::__private::from_value(v).map(Self::Id),
            ],
        )
    }
}
/// Used in `threadAssignee`.
#[derive(Clone, Debug, PartialEq)]
#[derive(
    ::plain_webhooks::__private::serde::Deserialize,
    ::plain_webhooks::__private::serde::Serialize
)]
#[serde(crate = "::plain_webhooks::__private::serde")]
pub struct ThreadAssigneeId {
    pub id: ::std::string::String,
}
/// Used in `threadAssignee`.
#[derive(Clone, Debug, PartialEq)]
#[derive(
    ::plain_webhooks::__private::serde::Deserialize,
    ::plain_webhooks::__private::serde::Serialize
)]
#[serde(crate = "::plain_webhooks::__private::serde")]
pub struct ThreadAssigneeUnknown {
    #[serde(rename = "type")]
    pub type_: ThreadAssigneeUnknownType,
}
/// Used in `threadAssignee.type`.
///
/// Always `"UNKNOWN"`: checked when a body is parsed.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ThreadAssigneeUnknownType;
impl ThreadAssigneeUnknownType {
    /// The one value.
    pub const VALUE: &'static str = "UNKNOWN";
}
impl ::plain_webhooks::__private::serde::Serialize for ThreadAssigneeUnknownType {
    fn serialize<S: ::plain_webhooks::__private::serde::Serializer>(
        &self,
        s: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        s.serialize_str(Self::VALUE)
    }
}
impl<'de> ::plain_webhooks::__private::serde::Deserialize<'de>
for ThreadAssigneeUnknownType {
    fn deserialize<D: ::plain_webhooks::__private::serde::Deserializer<'de>>(
        d: D,
    ) -> ::core::result::Result<Self, D::Error> {
        ::plain_webhooks::__private::constant(d, Self::VALUE).map(|()| Self)
    }
}
/// Used in `webhook.payload`.
#[derive(Clone, Debug, PartialEq)]
#[derive(
    ::plain_webhooks::__private::serde::Deserialize,
    ::plain_webhooks::__private::serde::Serialize
)]
#[serde(crate = "::plain_webhooks::__private::serde")]
pub struct ThreadAssignmentTransitionedPublicEventPayload {
    #[serde(rename = "eventType")]
    pub event_type: ThreadAssignmentTransitionedPublicEventPayloadEventType,
    #[serde(rename = "previousThread")]
    pub previous_thread: Thread,
    pub thread: Thread,
}
/// Used in `threadAssignmentTransitionedPublicEventPayload.eventType`.
///
/// Always `"thread.thread_assignment_transitioned"`: checked when a body is parsed.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ThreadAssignmentTransitionedPublicEventPayloadEventType;
impl ThreadAssignmentTransitionedPublicEventPayloadEventType {
    /// The one value.
    pub const VALUE: &'static str = "thread.thread_assignment_transitioned";
}
impl ::plain_webhooks::__private::serde::Serialize
for ThreadAssignmentTransitionedPublicEventPayloadEventType {
    fn serialize<S: ::plain_webhooks::__private::serde::Serializer>(
        &self,
        s: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        s.serialize_str(Self::VALUE)
    }
}
impl<'de> ::plain_webhooks::__private::serde::Deserialize<'de>
for ThreadAssignmentTransitionedPublicEventPayloadEventType {
    fn deserialize<D: ::plain_webhooks::__private::serde::Deserializer<'de>>(
        d: D,
    ) -> ::core::result::Result<Self, D::Error> {
        ::plain_webhooks::__private::constant(d, Self::VALUE).map(|()| Self)
    }
}
/// Used in `webhook.payload`.
#[derive(Clone, Debug, PartialEq)]
#[derive(
    ::plain_webhooks::__private::serde::Deserialize,
    ::plain_webhooks::__private::serde::Serialize
)]
#[serde(crate = "::plain_webhooks::__private::serde")]
pub struct ThreadChatReceivedPublicEventPayload {
    pub chat: Chat,
    #[serde(rename = "eventType")]
    pub event_type: ThreadChatReceivedPublicEventPayloadEventType,
    pub thread: Thread,
}
/// Used in `threadChatReceivedPublicEventPayload.eventType`.
///
/// Always `"thread.chat_received"`: checked when a body is parsed.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ThreadChatReceivedPublicEventPayloadEventType;
impl ThreadChatReceivedPublicEventPayloadEventType {
    /// The one value.
    pub const VALUE: &'static str = "thread.chat_received";
}
impl ::plain_webhooks::__private::serde::Serialize
for ThreadChatReceivedPublicEventPayloadEventType {
    fn serialize<S: ::plain_webhooks::__private::serde::Serializer>(
        &self,
        s: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        s.serialize_str(Self::VALUE)
    }
}
impl<'de> ::plain_webhooks::__private::serde::Deserialize<'de>
for ThreadChatReceivedPublicEventPayloadEventType {
    fn deserialize<D: ::plain_webhooks::__private::serde::Deserializer<'de>>(
        d: D,
    ) -> ::core::result::Result<Self, D::Error> {
        ::plain_webhooks::__private::constant(d, Self::VALUE).map(|()| Self)
    }
}
/// Used in `webhook.payload`.
#[derive(Clone, Debug, PartialEq)]
#[derive(
    ::plain_webhooks::__private::serde::Deserialize,
    ::plain_webhooks::__private::serde::Serialize
)]
#[serde(crate = "::plain_webhooks::__private::serde")]
pub struct ThreadChatSentPublicEventPayload {
    pub chat: Chat,
    #[serde(rename = "eventType")]
    pub event_type: ThreadChatSentPublicEventPayloadEventType,
    pub thread: Thread,
}
/// Used in `threadChatSentPublicEventPayload.eventType`.
///
/// Always `"thread.chat_sent"`: checked when a body is parsed.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ThreadChatSentPublicEventPayloadEventType;
impl ThreadChatSentPublicEventPayloadEventType {
    /// The one value.
    pub const VALUE: &'static str = "thread.chat_sent";
}
impl ::plain_webhooks::__private::serde::Serialize
for ThreadChatSentPublicEventPayloadEventType {
    fn serialize<S: ::plain_webhooks::__private::serde::Serializer>(
        &self,
        s: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        s.serialize_str(Self::VALUE)
    }
}
impl<'de> ::plain_webhooks::__private::serde::Deserialize<'de>
for ThreadChatSentPublicEventPayloadEventType {
    fn deserialize<D: ::plain_webhooks::__private::serde::Deserializer<'de>>(
        d: D,
    ) -> ::core::result::Result<Self, D::Error> {
        ::plain_webhooks::__private::constant(d, Self::VALUE).map(|()| Self)
    }
}
/// Used in `webhook.payload`.
#[derive(Clone, Debug, PartialEq)]
#[derive(
    ::plain_webhooks::__private::serde::Deserialize,
    ::plain_webhooks::__private::serde::Serialize
)]
#[serde(crate = "::plain_webhooks::__private::serde")]
pub struct ThreadCreatedPublicEventPayload {
    #[serde(rename = "eventType")]
    pub event_type: ThreadCreatedPublicEventPayloadEventType,
    pub thread: Thread,
}
/// Used in `threadCreatedPublicEventPayload.eventType`.
///
/// Always `"thread.thread_created"`: checked when a body is parsed.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ThreadCreatedPublicEventPayloadEventType;
impl ThreadCreatedPublicEventPayloadEventType {
    /// The one value.
    pub const VALUE: &'static str = "thread.thread_created";
}
impl ::plain_webhooks::__private::serde::Serialize
for ThreadCreatedPublicEventPayloadEventType {
    fn serialize<S: ::plain_webhooks::__private::serde::Serializer>(
        &self,
        s: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        s.serialize_str(Self::VALUE)
    }
}
impl<'de> ::plain_webhooks::__private::serde::Deserialize<'de>
for ThreadCreatedPublicEventPayloadEventType {
    fn deserialize<D: ::plain_webhooks::__private::serde::Deserializer<'de>>(
        d: D,
    ) -> ::core::result::Result<Self, D::Error> {
        ::plain_webhooks::__private::constant(d, Self::VALUE).map(|()| Self)
    }
}
/// Used in `webhook.payload`.
#[derive(Clone, Debug, PartialEq)]
#[derive(
    ::plain_webhooks::__private::serde::Deserialize,
    ::plain_webhooks::__private::serde::Serialize
)]
#[serde(crate = "::plain_webhooks::__private::serde")]
pub struct ThreadDiscordMessageReceivedEventPayload {
    #[serde(rename = "discordMessage")]
    pub discord_message: DiscordMessage,
    #[serde(rename = "eventType")]
    pub event_type: ThreadDiscordMessageReceivedEventPayloadEventType,
    pub thread: Thread,
}
/// Used in `threadDiscordMessageReceivedEventPayload.eventType`.
///
/// Always `"thread.discord_message_received"`: checked when a body is parsed.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ThreadDiscordMessageReceivedEventPayloadEventType;
impl ThreadDiscordMessageReceivedEventPayloadEventType {
    /// The one value.
    pub const VALUE: &'static str = "thread.discord_message_received";
}
impl ::plain_webhooks::__private::serde::Serialize
for ThreadDiscordMessageReceivedEventPayloadEventType {
    fn serialize<S: ::plain_webhooks::__private::serde::Serializer>(
        &self,
        s: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        s.serialize_str(Self::VALUE)
    }
}
impl<'de> ::plain_webhooks::__private::serde::Deserialize<'de>
for ThreadDiscordMessageReceivedEventPayloadEventType {
    fn deserialize<D: ::plain_webhooks::__private::serde::Deserializer<'de>>(
        d: D,
    ) -> ::core::result::Result<Self, D::Error> {
        ::plain_webhooks::__private::constant(d, Self::VALUE).map(|()| Self)
    }
}
/// Used in `webhook.payload`.
#[derive(Clone, Debug, PartialEq)]
#[derive(
    ::plain_webhooks::__private::serde::Deserialize,
    ::plain_webhooks::__private::serde::Serialize
)]
#[serde(crate = "::plain_webhooks::__private::serde")]
pub struct ThreadDiscordMessageSentEventPayload {
    #[serde(rename = "discordMessage")]
    pub discord_message: DiscordMessage,
    #[serde(rename = "eventType")]
    pub event_type: ThreadDiscordMessageSentEventPayloadEventType,
    pub thread: Thread,
}
/// Used in `threadDiscordMessageSentEventPayload.eventType`.
///
/// Always `"thread.discord_message_sent"`: checked when a body is parsed.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ThreadDiscordMessageSentEventPayloadEventType;
impl ThreadDiscordMessageSentEventPayloadEventType {
    /// The one value.
    pub const VALUE: &'static str = "thread.discord_message_sent";
}
impl ::plain_webhooks::__private::serde::Serialize
for ThreadDiscordMessageSentEventPayloadEventType {
    fn serialize<S: ::plain_webhooks::__private::serde::Serializer>(
        &self,
        s: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        s.serialize_str(Self::VALUE)
    }
}
impl<'de> ::plain_webhooks::__private::serde::Deserialize<'de>
for ThreadDiscordMessageSentEventPayloadEventType {
    fn deserialize<D: ::plain_webhooks::__private::serde::Deserializer<'de>>(
        d: D,
    ) -> ::core::result::Result<Self, D::Error> {
        ::plain_webhooks::__private::constant(d, Self::VALUE).map(|()| Self)
    }
}
/// Used in `webhook.payload`.
#[derive(Clone, Debug, PartialEq)]
#[derive(
    ::plain_webhooks::__private::serde::Deserialize,
    ::plain_webhooks::__private::serde::Serialize
)]
#[serde(crate = "::plain_webhooks::__private::serde")]
pub struct ThreadDiscordMessageUpdatedEventPayload {
    #[serde(rename = "discordMessage")]
    pub discord_message: DiscordMessage,
    #[serde(rename = "eventType")]
    pub event_type: ThreadDiscordMessageUpdatedEventPayloadEventType,
    pub thread: Thread,
}
/// Used in `threadDiscordMessageUpdatedEventPayload.eventType`.
///
/// Always `"thread.discord_message_updated"`: checked when a body is parsed.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ThreadDiscordMessageUpdatedEventPayloadEventType;
impl ThreadDiscordMessageUpdatedEventPayloadEventType {
    /// The one value.
    pub const VALUE: &'static str = "thread.discord_message_updated";
}
impl ::plain_webhooks::__private::serde::Serialize
for ThreadDiscordMessageUpdatedEventPayloadEventType {
    fn serialize<S: ::plain_webhooks::__private::serde::Serializer>(
        &self,
        s: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        s.serialize_str(Self::VALUE)
    }
}
impl<'de> ::plain_webhooks::__private::serde::Deserialize<'de>
for ThreadDiscordMessageUpdatedEventPayloadEventType {
    fn deserialize<D: ::plain_webhooks::__private::serde::Deserializer<'de>>(
        d: D,
    ) -> ::core::result::Result<Self, D::Error> {
        ::plain_webhooks::__private::constant(d, Self::VALUE).map(|()| Self)
    }
}
/// Used in `webhook.payload`.
#[derive(Clone, Debug, PartialEq)]
#[derive(
    ::plain_webhooks::__private::serde::Deserialize,
    ::plain_webhooks::__private::serde::Serialize
)]
#[serde(crate = "::plain_webhooks::__private::serde")]
pub struct ThreadEmailReceivedPublicEventPayload {
    pub email: Email,
    #[serde(rename = "eventType")]
    pub event_type: ThreadEmailReceivedPublicEventPayloadEventType,
    pub thread: Thread,
}
/// Used in `threadEmailReceivedPublicEventPayload.eventType`.
///
/// Always `"thread.email_received"`: checked when a body is parsed.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ThreadEmailReceivedPublicEventPayloadEventType;
impl ThreadEmailReceivedPublicEventPayloadEventType {
    /// The one value.
    pub const VALUE: &'static str = "thread.email_received";
}
impl ::plain_webhooks::__private::serde::Serialize
for ThreadEmailReceivedPublicEventPayloadEventType {
    fn serialize<S: ::plain_webhooks::__private::serde::Serializer>(
        &self,
        s: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        s.serialize_str(Self::VALUE)
    }
}
impl<'de> ::plain_webhooks::__private::serde::Deserialize<'de>
for ThreadEmailReceivedPublicEventPayloadEventType {
    fn deserialize<D: ::plain_webhooks::__private::serde::Deserializer<'de>>(
        d: D,
    ) -> ::core::result::Result<Self, D::Error> {
        ::plain_webhooks::__private::constant(d, Self::VALUE).map(|()| Self)
    }
}
/// Used in `webhook.payload`.
#[derive(Clone, Debug, PartialEq)]
#[derive(
    ::plain_webhooks::__private::serde::Deserialize,
    ::plain_webhooks::__private::serde::Serialize
)]
#[serde(crate = "::plain_webhooks::__private::serde")]
pub struct ThreadEmailSentPublicEventPayload {
    pub email: Email,
    #[serde(rename = "eventType")]
    pub event_type: ThreadEmailSentPublicEventPayloadEventType,
    pub thread: Thread,
}
/// Used in `threadEmailSentPublicEventPayload.eventType`.
///
/// Always `"thread.email_sent"`: checked when a body is parsed.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ThreadEmailSentPublicEventPayloadEventType;
impl ThreadEmailSentPublicEventPayloadEventType {
    /// The one value.
    pub const VALUE: &'static str = "thread.email_sent";
}
impl ::plain_webhooks::__private::serde::Serialize
for ThreadEmailSentPublicEventPayloadEventType {
    fn serialize<S: ::plain_webhooks::__private::serde::Serializer>(
        &self,
        s: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        s.serialize_str(Self::VALUE)
    }
}
impl<'de> ::plain_webhooks::__private::serde::Deserialize<'de>
for ThreadEmailSentPublicEventPayloadEventType {
    fn deserialize<D: ::plain_webhooks::__private::serde::Deserializer<'de>>(
        d: D,
    ) -> ::core::result::Result<Self, D::Error> {
        ::plain_webhooks::__private::constant(d, Self::VALUE).map(|()| Self)
    }
}
/// Used in `thread.externalId`.
#[derive(
    Clone,
    Debug,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    ::plain_webhooks::__private::serde::Serialize
)]
#[serde(crate = "::plain_webhooks::__private::serde")]
#[serde(transparent)]
pub struct ThreadExternalId(::std::string::String);
impl ThreadExternalId {
    /// The string.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}
impl ::core::ops::Deref for ThreadExternalId {
    type Target = str;
    fn deref(&self) -> &str {
        &self.0
    }
}
impl ::core::fmt::Display for ThreadExternalId {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(&self.0)
    }
}
impl<'de> ::plain_webhooks::__private::serde::Deserialize<'de> for ThreadExternalId {
    fn deserialize<D: ::plain_webhooks::__private::serde::Deserializer<'de>>(
        d: D,
    ) -> ::core::result::Result<Self, D::Error> {
        static CHECK: ::plain_webhooks::__private::TextCheck = ::plain_webhooks::__private::TextCheck::new(
            ::core::option::Option::None,
            ::core::option::Option::Some(1usize),
            ::core::option::Option::Some(500usize),
        );
        CHECK.deserialize(d).map(Self)
    }
}
/// Used in `threadFieldCreatedPublicEventPayload.threadField`, `threadFieldDeletedPublicEventPayload.previousThreadField`, `threadFieldUpdatedPublicEventPayload.previousThreadField`, `threadFieldUpdatedPublicEventPayload.threadField`.
#[derive(Clone, Debug, PartialEq)]
#[derive(
    ::plain_webhooks::__private::serde::Deserialize,
    ::plain_webhooks::__private::serde::Serialize
)]
#[serde(crate = "::plain_webhooks::__private::serde")]
pub struct ThreadField {
    #[serde(
        rename = "booleanValue",
        deserialize_with = "::plain_webhooks::__private::required_nullable"
    )]
    pub boolean_value: ::core::option::Option<bool>,
    #[serde(rename = "createdAt")]
    pub created_at: ::plain_webhooks::__private::chrono::DateTime<
        ::plain_webhooks::__private::chrono::Utc,
    >,
    #[serde(rename = "createdBy")]
    pub created_by: Actor,
    #[serde(
        rename = "dateValue",
        default,
        skip_serializing_if = "::core::option::Option::is_none"
    )]
    pub date_value: ::core::option::Option<::std::string::String>,
    pub id: Id,
    pub key: ::std::string::String,
    #[serde(
        rename = "numberValue",
        default,
        skip_serializing_if = "::core::option::Option::is_none"
    )]
    pub number_value: ::core::option::Option<f64>,
    #[serde(
        rename = "stringValue",
        deserialize_with = "::plain_webhooks::__private::required_nullable"
    )]
    pub string_value: ::core::option::Option<::std::string::String>,
    #[serde(rename = "threadId")]
    pub thread_id: Id,
    #[serde(rename = "type")]
    pub type_: ThreadFieldType,
    #[serde(rename = "updatedAt")]
    pub updated_at: ::plain_webhooks::__private::chrono::DateTime<
        ::plain_webhooks::__private::chrono::Utc,
    >,
    #[serde(rename = "updatedBy")]
    pub updated_by: Actor,
}
/// Used in `webhook.payload`.
#[derive(Clone, Debug, PartialEq)]
#[derive(
    ::plain_webhooks::__private::serde::Deserialize,
    ::plain_webhooks::__private::serde::Serialize
)]
#[serde(crate = "::plain_webhooks::__private::serde")]
pub struct ThreadFieldCreatedPublicEventPayload {
    #[serde(rename = "eventType")]
    pub event_type: ThreadFieldCreatedPublicEventPayloadEventType,
    pub thread: Thread,
    #[serde(rename = "threadField")]
    pub thread_field: ThreadField,
}
/// Used in `threadFieldCreatedPublicEventPayload.eventType`.
///
/// Always `"thread.thread_field_created"`: checked when a body is parsed.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ThreadFieldCreatedPublicEventPayloadEventType;
impl ThreadFieldCreatedPublicEventPayloadEventType {
    /// The one value.
    pub const VALUE: &'static str = "thread.thread_field_created";
}
impl ::plain_webhooks::__private::serde::Serialize
for ThreadFieldCreatedPublicEventPayloadEventType {
    fn serialize<S: ::plain_webhooks::__private::serde::Serializer>(
        &self,
        s: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        s.serialize_str(Self::VALUE)
    }
}
impl<'de> ::plain_webhooks::__private::serde::Deserialize<'de>
for ThreadFieldCreatedPublicEventPayloadEventType {
    fn deserialize<D: ::plain_webhooks::__private::serde::Deserializer<'de>>(
        d: D,
    ) -> ::core::result::Result<Self, D::Error> {
        ::plain_webhooks::__private::constant(d, Self::VALUE).map(|()| Self)
    }
}
/// Used in `webhook.payload`.
#[derive(Clone, Debug, PartialEq)]
#[derive(
    ::plain_webhooks::__private::serde::Deserialize,
    ::plain_webhooks::__private::serde::Serialize
)]
#[serde(crate = "::plain_webhooks::__private::serde")]
pub struct ThreadFieldDeletedPublicEventPayload {
    #[serde(rename = "eventType")]
    pub event_type: ThreadFieldDeletedPublicEventPayloadEventType,
    #[serde(rename = "previousThreadField")]
    pub previous_thread_field: ThreadField,
    pub thread: Thread,
}
/// Used in `threadFieldDeletedPublicEventPayload.eventType`.
///
/// Always `"thread.thread_field_deleted"`: checked when a body is parsed.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ThreadFieldDeletedPublicEventPayloadEventType;
impl ThreadFieldDeletedPublicEventPayloadEventType {
    /// The one value.
    pub const VALUE: &'static str = "thread.thread_field_deleted";
}
impl ::plain_webhooks::__private::serde::Serialize
for ThreadFieldDeletedPublicEventPayloadEventType {
    fn serialize<S: ::plain_webhooks::__private::serde::Serializer>(
        &self,
        s: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        s.serialize_str(Self::VALUE)
    }
}
impl<'de> ::plain_webhooks::__private::serde::Deserialize<'de>
for ThreadFieldDeletedPublicEventPayloadEventType {
    fn deserialize<D: ::plain_webhooks::__private::serde::Deserializer<'de>>(
        d: D,
    ) -> ::core::result::Result<Self, D::Error> {
        ::plain_webhooks::__private::constant(d, Self::VALUE).map(|()| Self)
    }
}
/// Used in `threadField.type`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[derive(
    ::plain_webhooks::__private::serde::Deserialize,
    ::plain_webhooks::__private::serde::Serialize
)]
#[serde(crate = "::plain_webhooks::__private::serde")]
pub enum ThreadFieldType {
    #[serde(rename = "STRING")]
    String,
    #[serde(rename = "BOOL")]
    Bool,
    #[serde(rename = "ENUM")]
    Enum,
    #[serde(rename = "NUMBER")]
    Number,
    #[serde(rename = "CURRENCY")]
    Currency,
    #[serde(rename = "DATE")]
    Date,
    #[serde(rename = "UNKNOWN_THREAD_FIELD_SCHEMA_TYPE")]
    UnknownThreadFieldSchemaType,
}
/// Used in `webhook.payload`.
#[derive(Clone, Debug, PartialEq)]
#[derive(
    ::plain_webhooks::__private::serde::Deserialize,
    ::plain_webhooks::__private::serde::Serialize
)]
#[serde(crate = "::plain_webhooks::__private::serde")]
pub struct ThreadFieldUpdatedPublicEventPayload {
    #[serde(rename = "eventType")]
    pub event_type: ThreadFieldUpdatedPublicEventPayloadEventType,
    #[serde(rename = "previousThreadField")]
    pub previous_thread_field: ThreadField,
    pub thread: Thread,
    #[serde(rename = "threadField")]
    pub thread_field: ThreadField,
}
/// Used in `threadFieldUpdatedPublicEventPayload.eventType`.
///
/// Always `"thread.thread_field_updated"`: checked when a body is parsed.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ThreadFieldUpdatedPublicEventPayloadEventType;
impl ThreadFieldUpdatedPublicEventPayloadEventType {
    /// The one value.
    pub const VALUE: &'static str = "thread.thread_field_updated";
}
impl ::plain_webhooks::__private::serde::Serialize
for ThreadFieldUpdatedPublicEventPayloadEventType {
    fn serialize<S: ::plain_webhooks::__private::serde::Serializer>(
        &self,
        s: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        s.serialize_str(Self::VALUE)
    }
}
impl<'de> ::plain_webhooks::__private::serde::Deserialize<'de>
for ThreadFieldUpdatedPublicEventPayloadEventType {
    fn deserialize<D: ::plain_webhooks::__private::serde::Deserializer<'de>>(
        d: D,
    ) -> ::core::result::Result<Self, D::Error> {
        ::plain_webhooks::__private::constant(d, Self::VALUE).map(|()| Self)
    }
}
/// Used in `webhook.payload`.
#[derive(Clone, Debug, PartialEq)]
#[derive(
    ::plain_webhooks::__private::serde::Deserialize,
    ::plain_webhooks::__private::serde::Serialize
)]
#[serde(crate = "::plain_webhooks::__private::serde")]
pub struct ThreadLabelsChangedPublicEventPayload {
    #[serde(rename = "changeType")]
    pub change_type: ThreadLabelsChangedPublicEventPayloadChangeType,
    #[serde(rename = "eventType")]
    pub event_type: ThreadLabelsChangedPublicEventPayloadEventType,
    #[serde(rename = "previousThread")]
    pub previous_thread: Thread,
    pub thread: Thread,
}
/// Used in `threadLabelsChangedPublicEventPayload.changeType`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[derive(
    ::plain_webhooks::__private::serde::Deserialize,
    ::plain_webhooks::__private::serde::Serialize
)]
#[serde(crate = "::plain_webhooks::__private::serde")]
pub enum ThreadLabelsChangedPublicEventPayloadChangeType {
    #[serde(rename = "ADDED")]
    Added,
    #[serde(rename = "REMOVED")]
    Removed,
}
/// Used in `threadLabelsChangedPublicEventPayload.eventType`.
///
/// Always `"thread.thread_labels_changed"`: checked when a body is parsed.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ThreadLabelsChangedPublicEventPayloadEventType;
impl ThreadLabelsChangedPublicEventPayloadEventType {
    /// The one value.
    pub const VALUE: &'static str = "thread.thread_labels_changed";
}
impl ::plain_webhooks::__private::serde::Serialize
for ThreadLabelsChangedPublicEventPayloadEventType {
    fn serialize<S: ::plain_webhooks::__private::serde::Serializer>(
        &self,
        s: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        s.serialize_str(Self::VALUE)
    }
}
impl<'de> ::plain_webhooks::__private::serde::Deserialize<'de>
for ThreadLabelsChangedPublicEventPayloadEventType {
    fn deserialize<D: ::plain_webhooks::__private::serde::Deserializer<'de>>(
        d: D,
    ) -> ::core::result::Result<Self, D::Error> {
        ::plain_webhooks::__private::constant(d, Self::VALUE).map(|()| Self)
    }
}
/// Used in `thread.firstInboundMessageInfo`, `thread.firstOutboundMessageInfo`, `thread.lastInboundMessageInfo`, `thread.lastOutboundMessageInfo`.
#[derive(Clone, Debug, PartialEq)]
#[derive(
    ::plain_webhooks::__private::serde::Deserialize,
    ::plain_webhooks::__private::serde::Serialize
)]
#[serde(crate = "::plain_webhooks::__private::serde")]
pub struct ThreadMessageInfo {
    #[serde(
        rename = "actorId",
        default,
        skip_serializing_if = "::core::option::Option::is_none"
    )]
    pub actor_id: ::core::option::Option<::std::string::String>,
    #[serde(
        rename = "actorType",
        default,
        skip_serializing_if = "::core::option::Option::is_none"
    )]
    pub actor_type: ::core::option::Option<ThreadMessageInfoActorType>,
    #[serde(rename = "messageSource")]
    pub message_source: ThreadMessageInfoMessageSource,
    pub timestamp: ::plain_webhooks::__private::chrono::DateTime<
        ::plain_webhooks::__private::chrono::Utc,
    >,
}
/// Used in `slackMessageSlackReactionsItem.actors[].actorType`, `threadMessageInfo.actorType`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[derive(
    ::plain_webhooks::__private::serde::Deserialize,
    ::plain_webhooks::__private::serde::Serialize
)]
#[serde(crate = "::plain_webhooks::__private::serde")]
pub enum ThreadMessageInfoActorType {
    #[serde(rename = "user")]
    User,
    #[serde(rename = "machineUser")]
    MachineUser,
    #[serde(rename = "customer")]
    Customer,
    #[serde(rename = "system")]
    System,
}
/// Used in `threadMessageInfo.messageSource`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[derive(
    ::plain_webhooks::__private::serde::Deserialize,
    ::plain_webhooks::__private::serde::Serialize
)]
#[serde(crate = "::plain_webhooks::__private::serde")]
pub enum ThreadMessageInfoMessageSource {
    #[serde(rename = "CHAT")]
    Chat,
    #[serde(rename = "EMAIL")]
    Email,
    #[serde(rename = "API")]
    Api,
    #[serde(rename = "SLACK")]
    Slack,
    #[serde(rename = "MS_TEAMS")]
    MsTeams,
    #[serde(rename = "UNKNOWN_THREAD_MESSAGE_INFO_MESSAGE_SOURCE")]
    UnknownThreadMessageInfoMessageSource,
}
/// Used in `webhook.payload`.
#[derive(Clone, Debug, PartialEq)]
#[derive(
    ::plain_webhooks::__private::serde::Deserialize,
    ::plain_webhooks::__private::serde::Serialize
)]
#[serde(crate = "::plain_webhooks::__private::serde")]
pub struct ThreadMsTeamsMessageReceivedEventPayload {
    #[serde(rename = "eventType")]
    pub event_type: ThreadMsTeamsMessageReceivedEventPayloadEventType,
    #[serde(rename = "msTeamsMessage")]
    pub ms_teams_message: MsTeamsMessage,
    pub thread: Thread,
}
/// Used in `threadMSTeamsMessageReceivedEventPayload.eventType`.
///
/// Always `"thread.ms_teams_message_received"`: checked when a body is parsed.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ThreadMsTeamsMessageReceivedEventPayloadEventType;
impl ThreadMsTeamsMessageReceivedEventPayloadEventType {
    /// The one value.
    pub const VALUE: &'static str = "thread.ms_teams_message_received";
}
impl ::plain_webhooks::__private::serde::Serialize
for ThreadMsTeamsMessageReceivedEventPayloadEventType {
    fn serialize<S: ::plain_webhooks::__private::serde::Serializer>(
        &self,
        s: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        s.serialize_str(Self::VALUE)
    }
}
impl<'de> ::plain_webhooks::__private::serde::Deserialize<'de>
for ThreadMsTeamsMessageReceivedEventPayloadEventType {
    fn deserialize<D: ::plain_webhooks::__private::serde::Deserializer<'de>>(
        d: D,
    ) -> ::core::result::Result<Self, D::Error> {
        ::plain_webhooks::__private::constant(d, Self::VALUE).map(|()| Self)
    }
}
/// Used in `webhook.payload`.
#[derive(Clone, Debug, PartialEq)]
#[derive(
    ::plain_webhooks::__private::serde::Deserialize,
    ::plain_webhooks::__private::serde::Serialize
)]
#[serde(crate = "::plain_webhooks::__private::serde")]
pub struct ThreadMsTeamsMessageSentEventPayload {
    #[serde(rename = "eventType")]
    pub event_type: ThreadMsTeamsMessageSentEventPayloadEventType,
    #[serde(rename = "msTeamsMessage")]
    pub ms_teams_message: MsTeamsMessage,
    pub thread: Thread,
}
/// Used in `threadMSTeamsMessageSentEventPayload.eventType`.
///
/// Always `"thread.ms_teams_message_sent"`: checked when a body is parsed.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ThreadMsTeamsMessageSentEventPayloadEventType;
impl ThreadMsTeamsMessageSentEventPayloadEventType {
    /// The one value.
    pub const VALUE: &'static str = "thread.ms_teams_message_sent";
}
impl ::plain_webhooks::__private::serde::Serialize
for ThreadMsTeamsMessageSentEventPayloadEventType {
    fn serialize<S: ::plain_webhooks::__private::serde::Serializer>(
        &self,
        s: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        s.serialize_str(Self::VALUE)
    }
}
impl<'de> ::plain_webhooks::__private::serde::Deserialize<'de>
for ThreadMsTeamsMessageSentEventPayloadEventType {
    fn deserialize<D: ::plain_webhooks::__private::serde::Deserializer<'de>>(
        d: D,
    ) -> ::core::result::Result<Self, D::Error> {
        ::plain_webhooks::__private::constant(d, Self::VALUE).map(|()| Self)
    }
}
/// Used in `webhook.payload`.
#[derive(Clone, Debug, PartialEq)]
#[derive(
    ::plain_webhooks::__private::serde::Deserialize,
    ::plain_webhooks::__private::serde::Serialize
)]
#[serde(crate = "::plain_webhooks::__private::serde")]
pub struct ThreadNoteCreatedEventPayload {
    #[serde(rename = "eventType")]
    pub event_type: ThreadNoteCreatedEventPayloadEventType,
    pub note: ThreadNoteCreatedEventPayloadNote,
    pub thread: Thread,
}
/// Used in `threadNoteCreatedEventPayload.eventType`.
///
/// Always `"thread.note_created"`: checked when a body is parsed.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ThreadNoteCreatedEventPayloadEventType;
impl ThreadNoteCreatedEventPayloadEventType {
    /// The one value.
    pub const VALUE: &'static str = "thread.note_created";
}
impl ::plain_webhooks::__private::serde::Serialize
for ThreadNoteCreatedEventPayloadEventType {
    fn serialize<S: ::plain_webhooks::__private::serde::Serializer>(
        &self,
        s: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        s.serialize_str(Self::VALUE)
    }
}
impl<'de> ::plain_webhooks::__private::serde::Deserialize<'de>
for ThreadNoteCreatedEventPayloadEventType {
    fn deserialize<D: ::plain_webhooks::__private::serde::Deserializer<'de>>(
        d: D,
    ) -> ::core::result::Result<Self, D::Error> {
        ::plain_webhooks::__private::constant(d, Self::VALUE).map(|()| Self)
    }
}
/// Used in `threadNoteCreatedEventPayload.note`.
#[derive(Clone, Debug, PartialEq)]
#[derive(
    ::plain_webhooks::__private::serde::Deserialize,
    ::plain_webhooks::__private::serde::Serialize
)]
#[serde(crate = "::plain_webhooks::__private::serde")]
pub struct ThreadNoteCreatedEventPayloadNote {
    #[serde(rename = "createdAt")]
    pub created_at: ::plain_webhooks::__private::chrono::DateTime<
        ::plain_webhooks::__private::chrono::Utc,
    >,
    #[serde(rename = "createdBy")]
    pub created_by: InternalActor,
    #[serde(
        rename = "deletedAt",
        deserialize_with = "::plain_webhooks::__private::required_nullable"
    )]
    pub deleted_at: ::core::option::Option<
        ::plain_webhooks::__private::chrono::DateTime<
            ::plain_webhooks::__private::chrono::Utc,
        >,
    >,
    #[serde(
        rename = "deletedBy",
        deserialize_with = "::plain_webhooks::__private::required_nullable"
    )]
    pub deleted_by: ::core::option::Option<InternalActor>,
    pub id: Id,
    #[serde(deserialize_with = "::plain_webhooks::__private::required_nullable")]
    pub markdown: ::core::option::Option<ThreadNoteCreatedEventPayloadNoteMarkdown>,
    pub text: ThreadNoteCreatedEventPayloadNoteText,
    #[serde(rename = "timelineEntryId")]
    pub timeline_entry_id: Id,
    #[serde(rename = "updatedAt")]
    pub updated_at: ::plain_webhooks::__private::chrono::DateTime<
        ::plain_webhooks::__private::chrono::Utc,
    >,
    #[serde(rename = "updatedBy")]
    pub updated_by: InternalActor,
}
/// Used in `threadNoteCreatedEventPayload.note.markdown`.
#[derive(
    Clone,
    Debug,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    ::plain_webhooks::__private::serde::Serialize
)]
#[serde(crate = "::plain_webhooks::__private::serde")]
#[serde(transparent)]
pub struct ThreadNoteCreatedEventPayloadNoteMarkdown(::std::string::String);
impl ThreadNoteCreatedEventPayloadNoteMarkdown {
    /// The string.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}
impl ::core::ops::Deref for ThreadNoteCreatedEventPayloadNoteMarkdown {
    type Target = str;
    fn deref(&self) -> &str {
        &self.0
    }
}
impl ::core::fmt::Display for ThreadNoteCreatedEventPayloadNoteMarkdown {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(&self.0)
    }
}
impl<'de> ::plain_webhooks::__private::serde::Deserialize<'de>
for ThreadNoteCreatedEventPayloadNoteMarkdown {
    fn deserialize<D: ::plain_webhooks::__private::serde::Deserializer<'de>>(
        d: D,
    ) -> ::core::result::Result<Self, D::Error> {
        static CHECK: ::plain_webhooks::__private::TextCheck = ::plain_webhooks::__private::TextCheck::new(
            ::core::option::Option::None,
            ::core::option::Option::Some(1usize),
            ::core::option::Option::Some(10000usize),
        );
        CHECK.deserialize(d).map(Self)
    }
}
/// Used in `threadNoteCreatedEventPayload.note.text`.
#[derive(
    Clone,
    Debug,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    ::plain_webhooks::__private::serde::Serialize
)]
#[serde(crate = "::plain_webhooks::__private::serde")]
#[serde(transparent)]
pub struct ThreadNoteCreatedEventPayloadNoteText(::std::string::String);
impl ThreadNoteCreatedEventPayloadNoteText {
    /// The string.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}
impl ::core::ops::Deref for ThreadNoteCreatedEventPayloadNoteText {
    type Target = str;
    fn deref(&self) -> &str {
        &self.0
    }
}
impl ::core::fmt::Display for ThreadNoteCreatedEventPayloadNoteText {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(&self.0)
    }
}
impl<'de> ::plain_webhooks::__private::serde::Deserialize<'de>
for ThreadNoteCreatedEventPayloadNoteText {
    fn deserialize<D: ::plain_webhooks::__private::serde::Deserializer<'de>>(
        d: D,
    ) -> ::core::result::Result<Self, D::Error> {
        static CHECK: ::plain_webhooks::__private::TextCheck = ::plain_webhooks::__private::TextCheck::new(
            ::core::option::Option::None,
            ::core::option::Option::Some(1usize),
            ::core::option::Option::Some(10000usize),
        );
        CHECK.deserialize(d).map(Self)
    }
}
/// Used in `thread.previewText`.
#[derive(
    Clone,
    Debug,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    ::plain_webhooks::__private::serde::Serialize
)]
#[serde(crate = "::plain_webhooks::__private::serde")]
#[serde(transparent)]
pub struct ThreadPreviewText(::std::string::String);
impl ThreadPreviewText {
    /// The string.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}
impl ::core::ops::Deref for ThreadPreviewText {
    type Target = str;
    fn deref(&self) -> &str {
        &self.0
    }
}
impl ::core::fmt::Display for ThreadPreviewText {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(&self.0)
    }
}
impl<'de> ::plain_webhooks::__private::serde::Deserialize<'de> for ThreadPreviewText {
    fn deserialize<D: ::plain_webhooks::__private::serde::Deserializer<'de>>(
        d: D,
    ) -> ::core::result::Result<Self, D::Error> {
        static CHECK: ::plain_webhooks::__private::TextCheck = ::plain_webhooks::__private::TextCheck::new(
            ::core::option::Option::None,
            ::core::option::Option::None,
            ::core::option::Option::Some(500usize),
        );
        CHECK.deserialize(d).map(Self)
    }
}
/// Used in `webhook.payload`.
#[derive(Clone, Debug, PartialEq)]
#[derive(
    ::plain_webhooks::__private::serde::Deserialize,
    ::plain_webhooks::__private::serde::Serialize
)]
#[serde(crate = "::plain_webhooks::__private::serde")]
pub struct ThreadPriorityChangedPublicEventPayload {
    #[serde(rename = "eventType")]
    pub event_type: ThreadPriorityChangedPublicEventPayloadEventType,
    #[serde(rename = "previousThread")]
    pub previous_thread: Thread,
    pub thread: Thread,
}
/// Used in `threadPriorityChangedPublicEventPayload.eventType`.
///
/// Always `"thread.thread_priority_changed"`: checked when a body is parsed.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ThreadPriorityChangedPublicEventPayloadEventType;
impl ThreadPriorityChangedPublicEventPayloadEventType {
    /// The one value.
    pub const VALUE: &'static str = "thread.thread_priority_changed";
}
impl ::plain_webhooks::__private::serde::Serialize
for ThreadPriorityChangedPublicEventPayloadEventType {
    fn serialize<S: ::plain_webhooks::__private::serde::Serializer>(
        &self,
        s: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        s.serialize_str(Self::VALUE)
    }
}
impl<'de> ::plain_webhooks::__private::serde::Deserialize<'de>
for ThreadPriorityChangedPublicEventPayloadEventType {
    fn deserialize<D: ::plain_webhooks::__private::serde::Deserializer<'de>>(
        d: D,
    ) -> ::core::result::Result<Self, D::Error> {
        ::plain_webhooks::__private::constant(d, Self::VALUE).map(|()| Self)
    }
}
/// Used in `webhook.payload`.
#[derive(Clone, Debug, PartialEq)]
#[derive(
    ::plain_webhooks::__private::serde::Deserialize,
    ::plain_webhooks::__private::serde::Serialize
)]
#[serde(crate = "::plain_webhooks::__private::serde")]
pub struct ThreadServiceLevelAgreementStatusTransitionedPayload {
    #[serde(rename = "eventType")]
    pub event_type: ThreadServiceLevelAgreementStatusTransitionedPayloadEventType,
    #[serde(rename = "previousServiceLevelAgreementStatusDetail")]
    pub previous_service_level_agreement_status_detail: ServiceLevelAgreementStatusDetail,
    #[serde(rename = "serviceLevelAgreement")]
    pub service_level_agreement: ServiceLevelAgreement,
    #[serde(rename = "serviceLevelAgreementStatusDetail")]
    pub service_level_agreement_status_detail: ServiceLevelAgreementStatusDetail,
    pub thread: Thread,
}
/// Used in `threadServiceLevelAgreementStatusTransitionedPayload.eventType`.
///
/// Always `"thread.service_level_agreement_status_transitioned"`: checked when a body is parsed.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ThreadServiceLevelAgreementStatusTransitionedPayloadEventType;
impl ThreadServiceLevelAgreementStatusTransitionedPayloadEventType {
    /// The one value.
    pub const VALUE: &'static str = "thread.service_level_agreement_status_transitioned";
}
impl ::plain_webhooks::__private::serde::Serialize
for ThreadServiceLevelAgreementStatusTransitionedPayloadEventType {
    fn serialize<S: ::plain_webhooks::__private::serde::Serializer>(
        &self,
        s: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        s.serialize_str(Self::VALUE)
    }
}
impl<'de> ::plain_webhooks::__private::serde::Deserialize<'de>
for ThreadServiceLevelAgreementStatusTransitionedPayloadEventType {
    fn deserialize<D: ::plain_webhooks::__private::serde::Deserializer<'de>>(
        d: D,
    ) -> ::core::result::Result<Self, D::Error> {
        ::plain_webhooks::__private::constant(d, Self::VALUE).map(|()| Self)
    }
}
/// Used in `webhook.payload`.
#[derive(Clone, Debug, PartialEq)]
#[derive(
    ::plain_webhooks::__private::serde::Deserialize,
    ::plain_webhooks::__private::serde::Serialize
)]
#[serde(crate = "::plain_webhooks::__private::serde")]
pub struct ThreadSlackMessageReceivedEventPayload {
    #[serde(rename = "eventType")]
    pub event_type: ThreadSlackMessageReceivedEventPayloadEventType,
    #[serde(rename = "slackMessage")]
    pub slack_message: SlackMessage,
    pub thread: Thread,
}
/// Used in `threadSlackMessageReceivedEventPayload.eventType`.
///
/// Always `"thread.slack_message_received"`: checked when a body is parsed.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ThreadSlackMessageReceivedEventPayloadEventType;
impl ThreadSlackMessageReceivedEventPayloadEventType {
    /// The one value.
    pub const VALUE: &'static str = "thread.slack_message_received";
}
impl ::plain_webhooks::__private::serde::Serialize
for ThreadSlackMessageReceivedEventPayloadEventType {
    fn serialize<S: ::plain_webhooks::__private::serde::Serializer>(
        &self,
        s: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        s.serialize_str(Self::VALUE)
    }
}
impl<'de> ::plain_webhooks::__private::serde::Deserialize<'de>
for ThreadSlackMessageReceivedEventPayloadEventType {
    fn deserialize<D: ::plain_webhooks::__private::serde::Deserializer<'de>>(
        d: D,
    ) -> ::core::result::Result<Self, D::Error> {
        ::plain_webhooks::__private::constant(d, Self::VALUE).map(|()| Self)
    }
}
/// Used in `webhook.payload`.
#[derive(Clone, Debug, PartialEq)]
#[derive(
    ::plain_webhooks::__private::serde::Deserialize,
    ::plain_webhooks::__private::serde::Serialize
)]
#[serde(crate = "::plain_webhooks::__private::serde")]
pub struct ThreadSlackMessageSentEventPayload {
    #[serde(rename = "eventType")]
    pub event_type: ThreadSlackMessageSentEventPayloadEventType,
    #[serde(rename = "slackMessage")]
    pub slack_message: SlackMessage,
    pub thread: Thread,
}
/// Used in `threadSlackMessageSentEventPayload.eventType`.
///
/// Always `"thread.slack_message_sent"`: checked when a body is parsed.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ThreadSlackMessageSentEventPayloadEventType;
impl ThreadSlackMessageSentEventPayloadEventType {
    /// The one value.
    pub const VALUE: &'static str = "thread.slack_message_sent";
}
impl ::plain_webhooks::__private::serde::Serialize
for ThreadSlackMessageSentEventPayloadEventType {
    fn serialize<S: ::plain_webhooks::__private::serde::Serializer>(
        &self,
        s: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        s.serialize_str(Self::VALUE)
    }
}
impl<'de> ::plain_webhooks::__private::serde::Deserialize<'de>
for ThreadSlackMessageSentEventPayloadEventType {
    fn deserialize<D: ::plain_webhooks::__private::serde::Deserializer<'de>>(
        d: D,
    ) -> ::core::result::Result<Self, D::Error> {
        ::plain_webhooks::__private::constant(d, Self::VALUE).map(|()| Self)
    }
}
/// Used in `webhook.payload`.
#[derive(Clone, Debug, PartialEq)]
#[derive(
    ::plain_webhooks::__private::serde::Deserialize,
    ::plain_webhooks::__private::serde::Serialize
)]
#[serde(crate = "::plain_webhooks::__private::serde")]
pub struct ThreadSlackMessageUpdatedEventPayload {
    #[serde(
        rename = "changeType",
        default,
        skip_serializing_if = "::core::option::Option::is_none"
    )]
    pub change_type: ::core::option::Option<
        ThreadSlackMessageUpdatedEventPayloadChangeType,
    >,
    #[serde(rename = "eventType")]
    pub event_type: ThreadSlackMessageUpdatedEventPayloadEventType,
    #[serde(
        rename = "reactionChange",
        default,
        skip_serializing_if = "::core::option::Option::is_none"
    )]
    pub reaction_change: ::core::option::Option<SlackReactionChange>,
    #[serde(rename = "slackMessage")]
    pub slack_message: SlackMessage,
    pub thread: Thread,
}
/// Used in `threadSlackMessageUpdatedEventPayload.changeType`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[derive(
    ::plain_webhooks::__private::serde::Deserialize,
    ::plain_webhooks::__private::serde::Serialize
)]
#[serde(crate = "::plain_webhooks::__private::serde")]
pub enum ThreadSlackMessageUpdatedEventPayloadChangeType {
    #[serde(rename = "MESSAGE_EDITED")]
    MessageEdited,
    #[serde(rename = "MESSAGE_DELETED")]
    MessageDeleted,
    #[serde(rename = "REACTIONS_CHANGED")]
    ReactionsChanged,
    #[serde(rename = "UNKNOWN_SLACK_MESSAGE_CHANGE_TYPE")]
    UnknownSlackMessageChangeType,
}
/// Used in `threadSlackMessageUpdatedEventPayload.eventType`.
///
/// Always `"thread.slack_message_updated"`: checked when a body is parsed.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ThreadSlackMessageUpdatedEventPayloadEventType;
impl ThreadSlackMessageUpdatedEventPayloadEventType {
    /// The one value.
    pub const VALUE: &'static str = "thread.slack_message_updated";
}
impl ::plain_webhooks::__private::serde::Serialize
for ThreadSlackMessageUpdatedEventPayloadEventType {
    fn serialize<S: ::plain_webhooks::__private::serde::Serializer>(
        &self,
        s: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        s.serialize_str(Self::VALUE)
    }
}
impl<'de> ::plain_webhooks::__private::serde::Deserialize<'de>
for ThreadSlackMessageUpdatedEventPayloadEventType {
    fn deserialize<D: ::plain_webhooks::__private::serde::Deserializer<'de>>(
        d: D,
    ) -> ::core::result::Result<Self, D::Error> {
        ::plain_webhooks::__private::constant(d, Self::VALUE).map(|()| Self)
    }
}
/// Used in `thread.status`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[derive(
    ::plain_webhooks::__private::serde::Deserialize,
    ::plain_webhooks::__private::serde::Serialize
)]
#[serde(crate = "::plain_webhooks::__private::serde")]
pub enum ThreadStatus {
    #[serde(rename = "TODO")]
    Todo,
    #[serde(rename = "DONE")]
    Done,
    #[serde(rename = "SNOOZED")]
    Snoozed,
    #[serde(rename = "UNKNOWN_THREAD_STATUS")]
    UnknownThreadStatus,
}
/// Used in `thread.statusDetail`.
///
/// One of 11 kinds, told apart by `type`.
#[derive(Clone, Debug, PartialEq)]
#[derive(::plain_webhooks::__private::serde::Serialize)]
#[serde(crate = "::plain_webhooks::__private::serde")]
#[serde(tag = "type")]
pub enum ThreadStatusDetail {
    /// `type: "UNKNOWN"`
    #[serde(rename = "UNKNOWN")]
    Unknown,
    /// `type: "CREATED"`
    #[serde(rename = "CREATED")]
    Created(ThreadStatusDetailCreated),
    /// `type: "NEW_REPLY"`
    #[serde(rename = "NEW_REPLY")]
    NewReply,
    /// `type: "IN_PROGRESS"`
    #[serde(rename = "IN_PROGRESS")]
    InProgress,
    /// `type: "WAITING_FOR_CUSTOMER"`
    #[serde(rename = "WAITING_FOR_CUSTOMER")]
    WaitingForCustomer,
    /// `type: "WAITING_FOR_DURATION"`
    #[serde(rename = "WAITING_FOR_DURATION")]
    WaitingForDuration(ThreadStatusDetailWaitingForDuration),
    /// `type: "THREAD_LINK_UPDATED"`
    #[serde(rename = "THREAD_LINK_UPDATED")]
    ThreadLinkUpdated(ThreadStatusDetailThreadLinkUpdated),
    /// `type: "DONE_MANUALLY_SET"`
    #[serde(rename = "DONE_MANUALLY_SET")]
    DoneManuallySet,
    /// `type: "IGNORED"`
    #[serde(rename = "IGNORED")]
    Ignored,
    /// `type: "DONE_AUTOMATICALLY_SET"`
    #[serde(rename = "DONE_AUTOMATICALLY_SET")]
    DoneAutomaticallySet(ThreadStatusDetailDoneAutomaticallySet),
    /// `type: "THREAD_DISCUSSION_RESOLVED"`
    #[serde(rename = "THREAD_DISCUSSION_RESOLVED")]
    ThreadDiscussionResolved(ThreadStatusDetailThreadDiscussionResolved),
}
impl<'de> ::plain_webhooks::__private::serde::Deserialize<'de> for ThreadStatusDetail {
    fn deserialize<D: ::plain_webhooks::__private::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        ::plain_webhooks::__private::tagged::deserialize(deserializer)
    }
}
#[doc(hidden)]
impl ::plain_webhooks::__private::tagged::Tagged for ThreadStatusDetail {
    const NAME: &'static str = "ThreadStatusDetail";
    const TAG: &'static str = "type";
    const VARIANTS: &'static [&'static str] = &[
        "UNKNOWN",
        "CREATED",
        "NEW_REPLY",
        "IN_PROGRESS",
        "WAITING_FOR_CUSTOMER",
        "WAITING_FOR_DURATION",
        "THREAD_LINK_UPDATED",
        "DONE_MANUALLY_SET",
        "IGNORED",
        "DONE_AUTOMATICALLY_SET",
        "THREAD_DISCUSSION_RESOLVED",
    ];
    fn variant<'de, M: ::plain_webhooks::__private::serde::de::MapAccess<'de>>(
        tag: &str,
        rest: M,
    ) -> ::core::result::Result<Self, M::Error> {
        match tag {
            "UNKNOWN" => {
                ::plain_webhooks::__private::tagged::unit(rest).map(|()| Self::Unknown)
            }
            "CREATED" => {
                ::plain_webhooks::__private::tagged::fields(rest).map(Self::Created)
            }
            "NEW_REPLY" => {
                ::plain_webhooks::__private::tagged::unit(rest).map(|()| Self::NewReply)
            }
            "IN_PROGRESS" => {
                ::plain_webhooks::__private::tagged::unit(rest)
                    .map(|()| Self::InProgress)
            }
            "WAITING_FOR_CUSTOMER" => {
                ::plain_webhooks::__private::tagged::unit(rest)
                    .map(|()| Self::WaitingForCustomer)
            }
            "WAITING_FOR_DURATION" => {
                ::plain_webhooks::__private::tagged::fields(rest)
                    .map(Self::WaitingForDuration)
            }
            "THREAD_LINK_UPDATED" => {
                ::plain_webhooks::__private::tagged::fields(rest)
                    .map(Self::ThreadLinkUpdated)
            }
            "DONE_MANUALLY_SET" => {
                ::plain_webhooks::__private::tagged::unit(rest)
                    .map(|()| Self::DoneManuallySet)
            }
            "IGNORED" => {
                ::plain_webhooks::__private::tagged::unit(rest).map(|()| Self::Ignored)
            }
            "DONE_AUTOMATICALLY_SET" => {
                ::plain_webhooks::__private::tagged::fields(rest)
                    .map(Self::DoneAutomaticallySet)
            }
            "THREAD_DISCUSSION_RESOLVED" => {
                ::plain_webhooks::__private::tagged::fields(rest)
                    .map(Self::ThreadDiscussionResolved)
            }
            _ => {
                ::core::result::Result::Err(
                    ::plain_webhooks::__private::tagged::unknown::<Self, M::Error>(tag),
                )
            }
        }
    }
}
/// Used in `threadStatusDetail`.
#[derive(Clone, Debug, PartialEq)]
#[derive(
    ::plain_webhooks::__private::serde::Deserialize,
    ::plain_webhooks::__private::serde::Serialize
)]
#[serde(crate = "::plain_webhooks::__private::serde")]
pub struct ThreadStatusDetailCreated {
    #[serde(rename = "createdAt")]
    pub created_at: ::plain_webhooks::__private::chrono::DateTime<
        ::plain_webhooks::__private::chrono::Utc,
    >,
}
/// Used in `threadStatusDetail`.
#[derive(Clone, Debug, PartialEq)]
#[derive(
    ::plain_webhooks::__private::serde::Deserialize,
    ::plain_webhooks::__private::serde::Serialize
)]
#[serde(crate = "::plain_webhooks::__private::serde")]
pub struct ThreadStatusDetailDoneAutomaticallySet {
    #[serde(
        rename = "afterSeconds",
        default,
        skip_serializing_if = "::core::option::Option::is_none"
    )]
    pub after_seconds: ::core::option::Option<f64>,
}
/// Used in `threadStatusDetail`.
#[derive(Clone, Debug, PartialEq)]
#[derive(
    ::plain_webhooks::__private::serde::Deserialize,
    ::plain_webhooks::__private::serde::Serialize
)]
#[serde(crate = "::plain_webhooks::__private::serde")]
pub struct ThreadStatusDetailThreadDiscussionResolved {
    #[serde(
        rename = "threadDiscussionId",
        default,
        skip_serializing_if = "::core::option::Option::is_none"
    )]
    pub thread_discussion_id: ::core::option::Option<Id>,
}
/// Used in `threadStatusDetail`.
#[derive(Clone, Debug, PartialEq)]
#[derive(
    ::plain_webhooks::__private::serde::Deserialize,
    ::plain_webhooks::__private::serde::Serialize
)]
#[serde(crate = "::plain_webhooks::__private::serde")]
pub struct ThreadStatusDetailThreadLinkUpdated {
    #[serde(default, skip_serializing_if = "::core::option::Option::is_none")]
    pub linear: ::core::option::Option<ThreadStatusDetailThreadLinkUpdatedLinear>,
}
/// Used in `threadStatusDetailThreadLinkUpdated.linear`.
#[derive(Clone, Debug, PartialEq)]
#[derive(
    ::plain_webhooks::__private::serde::Deserialize,
    ::plain_webhooks::__private::serde::Serialize
)]
#[serde(crate = "::plain_webhooks::__private::serde")]
pub struct ThreadStatusDetailThreadLinkUpdatedLinear {
    #[serde(rename = "issueId")]
    pub issue_id: ::plain_webhooks::__private::uuid::Uuid,
}
/// Used in `threadStatusDetail`.
#[derive(Clone, Debug, PartialEq)]
#[derive(
    ::plain_webhooks::__private::serde::Deserialize,
    ::plain_webhooks::__private::serde::Serialize
)]
#[serde(crate = "::plain_webhooks::__private::serde")]
pub struct ThreadStatusDetailWaitingForDuration {
    #[serde(rename = "durationSeconds")]
    pub duration_seconds: f64,
    #[serde(rename = "waitingUntil")]
    pub waiting_until: ::plain_webhooks::__private::chrono::DateTime<
        ::plain_webhooks::__private::chrono::Utc,
    >,
}
/// Used in `webhook.payload`.
#[derive(Clone, Debug, PartialEq)]
#[derive(
    ::plain_webhooks::__private::serde::Deserialize,
    ::plain_webhooks::__private::serde::Serialize
)]
#[serde(crate = "::plain_webhooks::__private::serde")]
pub struct ThreadStatusTransitionedPublicEventPayload {
    #[serde(rename = "eventType")]
    pub event_type: ThreadStatusTransitionedPublicEventPayloadEventType,
    #[serde(rename = "previousThread")]
    pub previous_thread: Thread,
    pub thread: Thread,
}
/// Used in `threadStatusTransitionedPublicEventPayload.eventType`.
///
/// Always `"thread.thread_status_transitioned"`: checked when a body is parsed.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ThreadStatusTransitionedPublicEventPayloadEventType;
impl ThreadStatusTransitionedPublicEventPayloadEventType {
    /// The one value.
    pub const VALUE: &'static str = "thread.thread_status_transitioned";
}
impl ::plain_webhooks::__private::serde::Serialize
for ThreadStatusTransitionedPublicEventPayloadEventType {
    fn serialize<S: ::plain_webhooks::__private::serde::Serializer>(
        &self,
        s: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        s.serialize_str(Self::VALUE)
    }
}
impl<'de> ::plain_webhooks::__private::serde::Deserialize<'de>
for ThreadStatusTransitionedPublicEventPayloadEventType {
    fn deserialize<D: ::plain_webhooks::__private::serde::Deserializer<'de>>(
        d: D,
    ) -> ::core::result::Result<Self, D::Error> {
        ::plain_webhooks::__private::constant(d, Self::VALUE).map(|()| Self)
    }
}
/// Used in `webhook.payload`.
#[derive(Clone, Debug, PartialEq)]
#[derive(
    ::plain_webhooks::__private::serde::Deserialize,
    ::plain_webhooks::__private::serde::Serialize
)]
#[serde(crate = "::plain_webhooks::__private::serde")]
pub struct ThreadTenantUpdatedPublicEventPayload {
    #[serde(rename = "eventType")]
    pub event_type: ThreadTenantUpdatedPublicEventPayloadEventType,
    #[serde(
        rename = "previousTenant",
        deserialize_with = "::plain_webhooks::__private::required_nullable"
    )]
    pub previous_tenant: ::core::option::Option<
        ThreadTenantUpdatedPublicEventPayloadPreviousTenant,
    >,
    #[serde(rename = "previousThread")]
    pub previous_thread: Thread,
    #[serde(deserialize_with = "::plain_webhooks::__private::required_nullable")]
    pub tenant: ::core::option::Option<
        ThreadTenantUpdatedPublicEventPayloadPreviousTenant,
    >,
    pub thread: Thread,
}
/// Used in `threadTenantUpdatedPublicEventPayload.eventType`.
///
/// Always `"thread.thread_tenant_updated"`: checked when a body is parsed.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ThreadTenantUpdatedPublicEventPayloadEventType;
impl ThreadTenantUpdatedPublicEventPayloadEventType {
    /// The one value.
    pub const VALUE: &'static str = "thread.thread_tenant_updated";
}
impl ::plain_webhooks::__private::serde::Serialize
for ThreadTenantUpdatedPublicEventPayloadEventType {
    fn serialize<S: ::plain_webhooks::__private::serde::Serializer>(
        &self,
        s: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        s.serialize_str(Self::VALUE)
    }
}
impl<'de> ::plain_webhooks::__private::serde::Deserialize<'de>
for ThreadTenantUpdatedPublicEventPayloadEventType {
    fn deserialize<D: ::plain_webhooks::__private::serde::Deserializer<'de>>(
        d: D,
    ) -> ::core::result::Result<Self, D::Error> {
        ::plain_webhooks::__private::constant(d, Self::VALUE).map(|()| Self)
    }
}
/// Used in `threadTenantUpdatedPublicEventPayload.previousTenant`, `threadTenantUpdatedPublicEventPayload.tenant`.
#[derive(Clone, Debug, PartialEq)]
#[derive(
    ::plain_webhooks::__private::serde::Deserialize,
    ::plain_webhooks::__private::serde::Serialize
)]
#[serde(crate = "::plain_webhooks::__private::serde")]
pub struct ThreadTenantUpdatedPublicEventPayloadPreviousTenant {
    #[serde(rename = "createdAt")]
    pub created_at: ::plain_webhooks::__private::chrono::DateTime<
        ::plain_webhooks::__private::chrono::Utc,
    >,
    #[serde(rename = "createdBy")]
    pub created_by: Actor,
    #[serde(rename = "externalId")]
    pub external_id: ::std::string::String,
    pub id: Id,
    pub name: ::std::string::String,
    #[serde(default, skip_serializing_if = "::core::option::Option::is_none")]
    pub source: ::core::option::Option<
        ThreadTenantUpdatedPublicEventPayloadPreviousTenantSource,
    >,
    #[serde(rename = "updatedAt")]
    pub updated_at: ::plain_webhooks::__private::chrono::DateTime<
        ::plain_webhooks::__private::chrono::Utc,
    >,
    #[serde(rename = "updatedBy")]
    pub updated_by: Actor,
    #[serde(deserialize_with = "::plain_webhooks::__private::required_nullable")]
    pub url: ::core::option::Option<::std::string::String>,
    #[serde(rename = "workspaceId")]
    pub workspace_id: Id,
}
/// Used in `threadTenantUpdatedPublicEventPayloadPreviousTenant.source`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[derive(
    ::plain_webhooks::__private::serde::Deserialize,
    ::plain_webhooks::__private::serde::Serialize
)]
#[serde(crate = "::plain_webhooks::__private::serde")]
pub enum ThreadTenantUpdatedPublicEventPayloadPreviousTenantSource {
    #[serde(rename = "api")]
    Api,
    #[serde(rename = "salesforce")]
    Salesforce,
    #[serde(rename = "hubspot")]
    Hubspot,
    #[serde(rename = "UNKNOWN_TENANT_SOURCE")]
    UnknownTenantSource,
}
/// Used in `thread.title`.
#[derive(
    Clone,
    Debug,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    ::plain_webhooks::__private::serde::Serialize
)]
#[serde(crate = "::plain_webhooks::__private::serde")]
#[serde(transparent)]
pub struct ThreadTitle(::std::string::String);
impl ThreadTitle {
    /// The string.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}
impl ::core::ops::Deref for ThreadTitle {
    type Target = str;
    fn deref(&self) -> &str {
        &self.0
    }
}
impl ::core::fmt::Display for ThreadTitle {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(&self.0)
    }
}
impl<'de> ::plain_webhooks::__private::serde::Deserialize<'de> for ThreadTitle {
    fn deserialize<D: ::plain_webhooks::__private::serde::Deserializer<'de>>(
        d: D,
    ) -> ::core::result::Result<Self, D::Error> {
        static CHECK: ::plain_webhooks::__private::TextCheck = ::plain_webhooks::__private::TextCheck::new(
            ::core::option::Option::None,
            ::core::option::Option::Some(1usize),
            ::core::option::Option::Some(500usize),
        );
        CHECK.deserialize(d).map(Self)
    }
}
/// Used in `serviceLevelAgreementFirstResponseTime.tier`, `serviceLevelAgreementNextResponseTime.tier`.
#[derive(Clone, Debug, PartialEq)]
#[derive(
    ::plain_webhooks::__private::serde::Deserialize,
    ::plain_webhooks::__private::serde::Serialize
)]
#[serde(crate = "::plain_webhooks::__private::serde")]
pub struct Tier {
    pub color: TierColor,
    #[serde(rename = "createdAt")]
    pub created_at: ::plain_webhooks::__private::chrono::DateTime<
        ::plain_webhooks::__private::chrono::Utc,
    >,
    #[serde(rename = "createdBy")]
    pub created_by: InternalActor,
    #[serde(
        rename = "defaultThreadPriority",
        default,
        skip_serializing_if = "::core::option::Option::is_none"
    )]
    pub default_thread_priority: ::core::option::Option<f64>,
    #[serde(
        rename = "externalId",
        deserialize_with = "::plain_webhooks::__private::required_nullable"
    )]
    pub external_id: ::core::option::Option<TierExternalId>,
    pub id: Id,
    #[serde(rename = "isDefault")]
    pub is_default: bool,
    pub name: TierName,
    #[serde(rename = "updatedAt")]
    pub updated_at: ::plain_webhooks::__private::chrono::DateTime<
        ::plain_webhooks::__private::chrono::Utc,
    >,
    #[serde(rename = "updatedBy")]
    pub updated_by: InternalActor,
}
/// Used in `tier.color`.
#[derive(
    Clone,
    Debug,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    ::plain_webhooks::__private::serde::Serialize
)]
#[serde(crate = "::plain_webhooks::__private::serde")]
#[serde(transparent)]
pub struct TierColor(::std::string::String);
impl TierColor {
    /// The string.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}
impl ::core::ops::Deref for TierColor {
    type Target = str;
    fn deref(&self) -> &str {
        &self.0
    }
}
impl ::core::fmt::Display for TierColor {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(&self.0)
    }
}
impl<'de> ::plain_webhooks::__private::serde::Deserialize<'de> for TierColor {
    fn deserialize<D: ::plain_webhooks::__private::serde::Deserializer<'de>>(
        d: D,
    ) -> ::core::result::Result<Self, D::Error> {
        static CHECK: ::plain_webhooks::__private::TextCheck = ::plain_webhooks::__private::TextCheck::new(
            ::core::option::Option::None,
            ::core::option::Option::Some(1usize),
            ::core::option::Option::Some(500usize),
        );
        CHECK.deserialize(d).map(Self)
    }
}
/// Used in `tier.externalId`.
#[derive(
    Clone,
    Debug,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    ::plain_webhooks::__private::serde::Serialize
)]
#[serde(crate = "::plain_webhooks::__private::serde")]
#[serde(transparent)]
pub struct TierExternalId(::std::string::String);
impl TierExternalId {
    /// The string.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}
impl ::core::ops::Deref for TierExternalId {
    type Target = str;
    fn deref(&self) -> &str {
        &self.0
    }
}
impl ::core::fmt::Display for TierExternalId {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(&self.0)
    }
}
impl<'de> ::plain_webhooks::__private::serde::Deserialize<'de> for TierExternalId {
    fn deserialize<D: ::plain_webhooks::__private::serde::Deserializer<'de>>(
        d: D,
    ) -> ::core::result::Result<Self, D::Error> {
        static CHECK: ::plain_webhooks::__private::TextCheck = ::plain_webhooks::__private::TextCheck::new(
            ::core::option::Option::None,
            ::core::option::Option::Some(1usize),
            ::core::option::Option::Some(500usize),
        );
        CHECK.deserialize(d).map(Self)
    }
}
/// Used in `tier.name`.
#[derive(
    Clone,
    Debug,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    ::plain_webhooks::__private::serde::Serialize
)]
#[serde(crate = "::plain_webhooks::__private::serde")]
#[serde(transparent)]
pub struct TierName(::std::string::String);
impl TierName {
    /// The string.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}
impl ::core::ops::Deref for TierName {
    type Target = str;
    fn deref(&self) -> &str {
        &self.0
    }
}
impl ::core::fmt::Display for TierName {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(&self.0)
    }
}
impl<'de> ::plain_webhooks::__private::serde::Deserialize<'de> for TierName {
    fn deserialize<D: ::plain_webhooks::__private::serde::Deserializer<'de>>(
        d: D,
    ) -> ::core::result::Result<Self, D::Error> {
        static CHECK: ::plain_webhooks::__private::TextCheck = ::plain_webhooks::__private::TextCheck::new(
            ::core::option::Option::None,
            ::core::option::Option::Some(1usize),
            ::core::option::Option::Some(500usize),
        );
        CHECK.deserialize(d).map(Self)
    }
}
/// Used in `timelineEntryChangedPayload.previousTimelineEntry`, `timelineEntryChangedPayload.timelineEntry`.
#[derive(Clone, Debug, PartialEq)]
#[derive(
    ::plain_webhooks::__private::serde::Deserialize,
    ::plain_webhooks::__private::serde::Serialize
)]
#[serde(crate = "::plain_webhooks::__private::serde")]
pub struct TimelineEntry {
    pub actor: Actor,
    #[serde(rename = "customerId")]
    pub customer_id: Id,
    pub entry: TimelineEntryEntry,
    pub id: Id,
    #[serde(
        rename = "threadId",
        default,
        skip_serializing_if = "::core::option::Option::is_none"
    )]
    pub thread_id: ::core::option::Option<Id>,
    pub timestamp: ::plain_webhooks::__private::chrono::DateTime<
        ::plain_webhooks::__private::chrono::Utc,
    >,
}
/// A timeline entry has been added, updated or removed
#[derive(Clone, Debug, PartialEq)]
#[derive(
    ::plain_webhooks::__private::serde::Deserialize,
    ::plain_webhooks::__private::serde::Serialize
)]
#[serde(crate = "::plain_webhooks::__private::serde")]
pub struct TimelineEntryChangedPayload {
    #[serde(rename = "changeType")]
    pub change_type: TimelineEntryChangedPayloadChangeType,
    #[serde(rename = "eventType")]
    pub event_type: TimelineEntryChangedPayloadEventType,
    /// null if changeType=ADDED
    #[serde(
        rename = "previousTimelineEntry",
        deserialize_with = "::plain_webhooks::__private::required_nullable"
    )]
    pub previous_timeline_entry: ::core::option::Option<TimelineEntry>,
    /// null if changeType=REMOVED
    #[serde(
        rename = "timelineEntry",
        deserialize_with = "::plain_webhooks::__private::required_nullable"
    )]
    pub timeline_entry: ::core::option::Option<TimelineEntry>,
}
/// Used in `timelineEntryChangedPayload.changeType`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[derive(
    ::plain_webhooks::__private::serde::Deserialize,
    ::plain_webhooks::__private::serde::Serialize
)]
#[serde(crate = "::plain_webhooks::__private::serde")]
pub enum TimelineEntryChangedPayloadChangeType {
    #[serde(rename = "ADDED")]
    Added,
    #[serde(rename = "UPDATED")]
    Updated,
    #[serde(rename = "REMOVED")]
    Removed,
}
/// Used in `timelineEntryChangedPayload.eventType`.
///
/// Always `"timeline.timeline_entry_changed"`: checked when a body is parsed.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct TimelineEntryChangedPayloadEventType;
impl TimelineEntryChangedPayloadEventType {
    /// The one value.
    pub const VALUE: &'static str = "timeline.timeline_entry_changed";
}
impl ::plain_webhooks::__private::serde::Serialize
for TimelineEntryChangedPayloadEventType {
    fn serialize<S: ::plain_webhooks::__private::serde::Serializer>(
        &self,
        s: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        s.serialize_str(Self::VALUE)
    }
}
impl<'de> ::plain_webhooks::__private::serde::Deserialize<'de>
for TimelineEntryChangedPayloadEventType {
    fn deserialize<D: ::plain_webhooks::__private::serde::Deserializer<'de>>(
        d: D,
    ) -> ::core::result::Result<Self, D::Error> {
        ::plain_webhooks::__private::constant(d, Self::VALUE).map(|()| Self)
    }
}
/// Used in `timelineEntry.entry`.
///
/// One of 5 kinds, told apart by `entryType`.
#[derive(Clone, Debug, PartialEq)]
#[derive(::plain_webhooks::__private::serde::Serialize)]
#[serde(crate = "::plain_webhooks::__private::serde")]
#[serde(tag = "entryType")]
pub enum TimelineEntryEntry {
    /// `entryType: "UNKNOWN"`
    #[serde(rename = "UNKNOWN")]
    Unknown,
    /// `entryType: "note"`
    #[serde(rename = "note")]
    Note(NoteEntry),
    /// `entryType: "chat"`
    #[serde(rename = "chat")]
    Chat(ChatEntry),
    /// `entryType: "email"`
    #[serde(rename = "email")]
    Email(EmailEntry),
    /// `entryType: "custom"`
    #[serde(rename = "custom")]
    Custom(CustomEntry),
}
impl<'de> ::plain_webhooks::__private::serde::Deserialize<'de> for TimelineEntryEntry {
    fn deserialize<D: ::plain_webhooks::__private::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        ::plain_webhooks::__private::tagged::deserialize(deserializer)
    }
}
#[doc(hidden)]
impl ::plain_webhooks::__private::tagged::Tagged for TimelineEntryEntry {
    const NAME: &'static str = "TimelineEntryEntry";
    const TAG: &'static str = "entryType";
    const VARIANTS: &'static [&'static str] = &[
        "UNKNOWN",
        "note",
        "chat",
        "email",
        "custom",
    ];
    fn variant<'de, M: ::plain_webhooks::__private::serde::de::MapAccess<'de>>(
        tag: &str,
        rest: M,
    ) -> ::core::result::Result<Self, M::Error> {
        match tag {
            "UNKNOWN" => {
                ::plain_webhooks::__private::tagged::unit(rest).map(|()| Self::Unknown)
            }
            "note" => ::plain_webhooks::__private::tagged::fields(rest).map(Self::Note),
            "chat" => ::plain_webhooks::__private::tagged::fields(rest).map(Self::Chat),
            "email" => ::plain_webhooks::__private::tagged::fields(rest).map(Self::Email),
            "custom" => {
                ::plain_webhooks::__private::tagged::fields(rest).map(Self::Custom)
            }
            _ => {
                ::core::result::Result::Err(
                    ::plain_webhooks::__private::tagged::unknown::<Self, M::Error>(tag),
                )
            }
        }
    }
}
/// Used in `threadAssignee`.
#[derive(Clone, Debug, PartialEq)]
#[derive(
    ::plain_webhooks::__private::serde::Deserialize,
    ::plain_webhooks::__private::serde::Serialize
)]
#[serde(crate = "::plain_webhooks::__private::serde")]
pub struct User {
    #[serde(rename = "createdAt")]
    pub created_at: ::plain_webhooks::__private::chrono::DateTime<
        ::plain_webhooks::__private::chrono::Utc,
    >,
    #[serde(rename = "createdBy")]
    pub created_by: InternalActor,
    #[serde(
        rename = "deletedAt",
        deserialize_with = "::plain_webhooks::__private::required_nullable"
    )]
    pub deleted_at: ::core::option::Option<
        ::plain_webhooks::__private::chrono::DateTime<
            ::plain_webhooks::__private::chrono::Utc,
        >,
    >,
    #[serde(
        rename = "deletedBy",
        deserialize_with = "::plain_webhooks::__private::required_nullable"
    )]
    pub deleted_by: ::core::option::Option<InternalActor>,
    pub email: EmailAddress,
    #[serde(rename = "fullName")]
    pub full_name: ::std::string::String,
    pub id: Id,
    #[serde(rename = "publicName")]
    pub public_name: ::std::string::String,
    pub status: UserStatus,
    #[serde(rename = "statusChangedAt")]
    pub status_changed_at: ::plain_webhooks::__private::chrono::DateTime<
        ::plain_webhooks::__private::chrono::Utc,
    >,
    #[serde(rename = "updatedAt")]
    pub updated_at: ::plain_webhooks::__private::chrono::DateTime<
        ::plain_webhooks::__private::chrono::Utc,
    >,
    #[serde(rename = "updatedBy")]
    pub updated_by: InternalActor,
}
/// Used in `actor`, `emailActor`, `internalActor`.
#[derive(Clone, Debug, PartialEq)]
#[derive(
    ::plain_webhooks::__private::serde::Deserialize,
    ::plain_webhooks::__private::serde::Serialize
)]
#[serde(crate = "::plain_webhooks::__private::serde")]
pub struct UserActor {
    #[serde(rename = "userId")]
    pub user_id: Id,
}
/// Used in `user.status`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[derive(
    ::plain_webhooks::__private::serde::Deserialize,
    ::plain_webhooks::__private::serde::Serialize
)]
#[serde(crate = "::plain_webhooks::__private::serde")]
pub enum UserStatus {
    #[serde(rename = "ONLINE")]
    Online,
    #[serde(rename = "OFFLINE")]
    Offline,
    #[serde(rename = "BREAK")]
    Break,
    #[serde(rename = "AWAY")]
    Away,
    #[serde(rename = "UNKNOWN_USER_STATUS")]
    UnknownUserStatus,
}
/// Used in `webhook.webhookMetadata`.
#[derive(Clone, Debug, PartialEq)]
#[derive(
    ::plain_webhooks::__private::serde::Deserialize,
    ::plain_webhooks::__private::serde::Serialize
)]
#[serde(crate = "::plain_webhooks::__private::serde")]
pub struct WebhookMetadata {
    #[serde(rename = "webhookDeliveryAttemptId")]
    pub webhook_delivery_attempt_id: Id,
    #[serde(rename = "webhookDeliveryAttemptNumber")]
    pub webhook_delivery_attempt_number: ::core::num::NonZeroU64,
    #[serde(rename = "webhookDeliveryAttemptTimestamp")]
    pub webhook_delivery_attempt_timestamp: ::plain_webhooks::__private::chrono::DateTime<
        ::plain_webhooks::__private::chrono::Utc,
    >,
    #[serde(rename = "webhookTargetId")]
    pub webhook_target_id: Id,
    /// The webhook target version this delivery was made for. This schema describes version `2026-04-21`.
    #[serde(
        rename = "webhookTargetVersion",
        default,
        skip_serializing_if = "::core::option::Option::is_none"
    )]
    pub webhook_target_version: ::core::option::Option<::std::string::String>,
}
/// The webhook target version this schema describes
/// (`webhookMetadata.webhookTargetVersion`); `None` for revisions
/// from before Plain versioned its webhooks.
pub const SCHEMA_VERSION: ::core::option::Option<&'static str> = ::core::option::Option::Some(
    "2026-04-21",
);
/// Every webhook target version this module reads under
/// `VersionPolicy::Exact`: [`SCHEMA_VERSION`], and the previous
/// revision's when the module was generated with `previous`.
pub const SCHEMA_VERSIONS: &[::core::option::Option<&'static str>] = &[
    ::core::option::Option::Some("2026-04-21"),
];
/// Every event type this schema lists, in the schema's order.
pub const EVENT_TYPES: &[&str] = &[
    "thread.thread_created",
    "thread.thread_status_transitioned",
    "thread.thread_assignment_transitioned",
    "thread.email_received",
    "thread.email_sent",
    "thread.slack_message_received",
    "thread.slack_message_sent",
    "thread.slack_message_updated",
    "thread.discord_message_received",
    "thread.discord_message_sent",
    "thread.discord_message_updated",
    "thread.ms_teams_message_sent",
    "thread.ms_teams_message_received",
    "thread.chat_sent",
    "thread.chat_received",
    "thread.note_created",
    "thread.thread_labels_changed",
    "thread.thread_priority_changed",
    "thread.thread_field_created",
    "thread.thread_field_updated",
    "thread.thread_field_deleted",
    "thread.service_level_agreement_status_transitioned",
    "thread.thread_tenant_updated",
    "customer.customer_created",
    "customer.customer_updated",
    "customer.customer_deleted",
    "customer.customer_changed",
    "customer.customer_group_changed",
    "customer.customer_group_memberships_changed",
    "timeline.timeline_entry_changed",
];
/// The payload of one webhook delivery, by event type.
#[derive(Clone, Debug)]
pub enum Event {
    /// `thread.thread_created`.
    ThreadCreated(::std::boxed::Box<ThreadCreatedPublicEventPayload>),
    /// `thread.thread_status_transitioned`.
    ThreadStatusTransitioned(
        ::std::boxed::Box<ThreadStatusTransitionedPublicEventPayload>,
    ),
    /// `thread.thread_assignment_transitioned`.
    ThreadAssignmentTransitioned(
        ::std::boxed::Box<ThreadAssignmentTransitionedPublicEventPayload>,
    ),
    /// `thread.email_received`.
    EmailReceived(::std::boxed::Box<ThreadEmailReceivedPublicEventPayload>),
    /// `thread.email_sent`.
    EmailSent(::std::boxed::Box<ThreadEmailSentPublicEventPayload>),
    /// `thread.slack_message_received`.
    SlackMessageReceived(::std::boxed::Box<ThreadSlackMessageReceivedEventPayload>),
    /// `thread.slack_message_sent`.
    SlackMessageSent(::std::boxed::Box<ThreadSlackMessageSentEventPayload>),
    /// `thread.slack_message_updated`.
    SlackMessageUpdated(::std::boxed::Box<ThreadSlackMessageUpdatedEventPayload>),
    /// `thread.discord_message_received`.
    DiscordMessageReceived(::std::boxed::Box<ThreadDiscordMessageReceivedEventPayload>),
    /// `thread.discord_message_sent`.
    DiscordMessageSent(::std::boxed::Box<ThreadDiscordMessageSentEventPayload>),
    /// `thread.discord_message_updated`.
    DiscordMessageUpdated(::std::boxed::Box<ThreadDiscordMessageUpdatedEventPayload>),
    /// `thread.ms_teams_message_sent`.
    MsTeamsMessageSent(::std::boxed::Box<ThreadMsTeamsMessageSentEventPayload>),
    /// `thread.ms_teams_message_received`.
    MsTeamsMessageReceived(::std::boxed::Box<ThreadMsTeamsMessageReceivedEventPayload>),
    /// `thread.chat_sent`.
    ChatSent(::std::boxed::Box<ThreadChatSentPublicEventPayload>),
    /// `thread.chat_received`.
    ChatReceived(::std::boxed::Box<ThreadChatReceivedPublicEventPayload>),
    /// `thread.note_created`.
    NoteCreated(::std::boxed::Box<ThreadNoteCreatedEventPayload>),
    /// `thread.thread_labels_changed`.
    ThreadLabelsChanged(::std::boxed::Box<ThreadLabelsChangedPublicEventPayload>),
    /// `thread.thread_priority_changed`.
    ThreadPriorityChanged(::std::boxed::Box<ThreadPriorityChangedPublicEventPayload>),
    /// `thread.thread_field_created`.
    ThreadFieldCreated(::std::boxed::Box<ThreadFieldCreatedPublicEventPayload>),
    /// `thread.thread_field_updated`.
    ThreadFieldUpdated(::std::boxed::Box<ThreadFieldUpdatedPublicEventPayload>),
    /// `thread.thread_field_deleted`.
    ThreadFieldDeleted(::std::boxed::Box<ThreadFieldDeletedPublicEventPayload>),
    /// `thread.service_level_agreement_status_transitioned`.
    ServiceLevelAgreementStatusTransitioned(
        ::std::boxed::Box<ThreadServiceLevelAgreementStatusTransitionedPayload>,
    ),
    /// `thread.thread_tenant_updated`.
    ThreadTenantUpdated(::std::boxed::Box<ThreadTenantUpdatedPublicEventPayload>),
    /// `customer.customer_created`: A customer has been created
    CustomerCreated(::std::boxed::Box<CustomerCreatedPublicEventPayload>),
    /// `customer.customer_updated`: A customer has been updated
    CustomerUpdated(::std::boxed::Box<CustomerUpdatedPublicEventPayload>),
    /// `customer.customer_deleted`: A customer has been deleted
    CustomerDeleted(::std::boxed::Box<CustomerDeletedPublicEventPayload>),
    /// `customer.customer_changed`: A customer has been created or updated
    CustomerChanged(::std::boxed::Box<CustomerChangedPayload>),
    /// `customer.customer_group_changed`.
    CustomerGroupChanged(::std::boxed::Box<CustomerGroupChangedPayload>),
    /// `customer.customer_group_memberships_changed`.
    CustomerGroupMembershipsChanged(
        ::std::boxed::Box<CustomerGroupMembershipsChangedPayload>,
    ),
    /// `timeline.timeline_entry_changed`: A timeline entry has been added, updated or removed
    TimelineEntryChanged(::std::boxed::Box<TimelineEntryChangedPayload>),
    /// An event type this schema does not list (Plain adds event
    /// types over time; an unknown one is not an error).
    Unknown {
        /// The `type` of the request body.
        event_type: ::std::string::String,
        /// The payload, as raw JSON.
        payload: ::plain_webhooks::RawPayload,
    },
}
impl Event {
    /// The event type, e.g. `customer.customer_updated`.
    pub fn event_type(&self) -> &str {
        match self {
            Self::ThreadCreated(_) => "thread.thread_created",
            Self::ThreadStatusTransitioned(_) => "thread.thread_status_transitioned",
            Self::ThreadAssignmentTransitioned(_) => {
                "thread.thread_assignment_transitioned"
            }
            Self::EmailReceived(_) => "thread.email_received",
            Self::EmailSent(_) => "thread.email_sent",
            Self::SlackMessageReceived(_) => "thread.slack_message_received",
            Self::SlackMessageSent(_) => "thread.slack_message_sent",
            Self::SlackMessageUpdated(_) => "thread.slack_message_updated",
            Self::DiscordMessageReceived(_) => "thread.discord_message_received",
            Self::DiscordMessageSent(_) => "thread.discord_message_sent",
            Self::DiscordMessageUpdated(_) => "thread.discord_message_updated",
            Self::MsTeamsMessageSent(_) => "thread.ms_teams_message_sent",
            Self::MsTeamsMessageReceived(_) => "thread.ms_teams_message_received",
            Self::ChatSent(_) => "thread.chat_sent",
            Self::ChatReceived(_) => "thread.chat_received",
            Self::NoteCreated(_) => "thread.note_created",
            Self::ThreadLabelsChanged(_) => "thread.thread_labels_changed",
            Self::ThreadPriorityChanged(_) => "thread.thread_priority_changed",
            Self::ThreadFieldCreated(_) => "thread.thread_field_created",
            Self::ThreadFieldUpdated(_) => "thread.thread_field_updated",
            Self::ThreadFieldDeleted(_) => "thread.thread_field_deleted",
            Self::ServiceLevelAgreementStatusTransitioned(_) => {
                "thread.service_level_agreement_status_transitioned"
            }
            Self::ThreadTenantUpdated(_) => "thread.thread_tenant_updated",
            Self::CustomerCreated(_) => "customer.customer_created",
            Self::CustomerUpdated(_) => "customer.customer_updated",
            Self::CustomerDeleted(_) => "customer.customer_deleted",
            Self::CustomerChanged(_) => "customer.customer_changed",
            Self::CustomerGroupChanged(_) => "customer.customer_group_changed",
            Self::CustomerGroupMembershipsChanged(_) => {
                "customer.customer_group_memberships_changed"
            }
            Self::TimelineEntryChanged(_) => "timeline.timeline_entry_changed",
            Self::Unknown { event_type, .. } => event_type,
        }
    }
}
impl ::core::cmp::PartialEq for Event {
    fn eq(&self, other: &Self) -> bool {
        match (self, other) {
            (Self::ThreadCreated(a), Self::ThreadCreated(b)) => a == b,
            (Self::ThreadStatusTransitioned(a), Self::ThreadStatusTransitioned(b)) => {
                a == b
            }
            (
                Self::ThreadAssignmentTransitioned(a),
                Self::ThreadAssignmentTransitioned(b),
            ) => a == b,
            (Self::EmailReceived(a), Self::EmailReceived(b)) => a == b,
            (Self::EmailSent(a), Self::EmailSent(b)) => a == b,
            (Self::SlackMessageReceived(a), Self::SlackMessageReceived(b)) => a == b,
            (Self::SlackMessageSent(a), Self::SlackMessageSent(b)) => a == b,
            (Self::SlackMessageUpdated(a), Self::SlackMessageUpdated(b)) => a == b,
            (Self::DiscordMessageReceived(a), Self::DiscordMessageReceived(b)) => a == b,
            (Self::DiscordMessageSent(a), Self::DiscordMessageSent(b)) => a == b,
            (Self::DiscordMessageUpdated(a), Self::DiscordMessageUpdated(b)) => a == b,
            (Self::MsTeamsMessageSent(a), Self::MsTeamsMessageSent(b)) => a == b,
            (Self::MsTeamsMessageReceived(a), Self::MsTeamsMessageReceived(b)) => a == b,
            (Self::ChatSent(a), Self::ChatSent(b)) => a == b,
            (Self::ChatReceived(a), Self::ChatReceived(b)) => a == b,
            (Self::NoteCreated(a), Self::NoteCreated(b)) => a == b,
            (Self::ThreadLabelsChanged(a), Self::ThreadLabelsChanged(b)) => a == b,
            (Self::ThreadPriorityChanged(a), Self::ThreadPriorityChanged(b)) => a == b,
            (Self::ThreadFieldCreated(a), Self::ThreadFieldCreated(b)) => a == b,
            (Self::ThreadFieldUpdated(a), Self::ThreadFieldUpdated(b)) => a == b,
            (Self::ThreadFieldDeleted(a), Self::ThreadFieldDeleted(b)) => a == b,
            (
                Self::ServiceLevelAgreementStatusTransitioned(a),
                Self::ServiceLevelAgreementStatusTransitioned(b),
            ) => a == b,
            (Self::ThreadTenantUpdated(a), Self::ThreadTenantUpdated(b)) => a == b,
            (Self::CustomerCreated(a), Self::CustomerCreated(b)) => a == b,
            (Self::CustomerUpdated(a), Self::CustomerUpdated(b)) => a == b,
            (Self::CustomerDeleted(a), Self::CustomerDeleted(b)) => a == b,
            (Self::CustomerChanged(a), Self::CustomerChanged(b)) => a == b,
            (Self::CustomerGroupChanged(a), Self::CustomerGroupChanged(b)) => a == b,
            (
                Self::CustomerGroupMembershipsChanged(a),
                Self::CustomerGroupMembershipsChanged(b),
            ) => a == b,
            (Self::TimelineEntryChanged(a), Self::TimelineEntryChanged(b)) => a == b,
            (
                Self::Unknown { event_type: a, payload: p },
                Self::Unknown { event_type: b, payload: q },
            ) => a == b && p == q,
            _ => false,
        }
    }
}
/// Serializes the payload alone (the `payload` of the request body).
impl ::plain_webhooks::__private::serde::Serialize for Event {
    fn serialize<S: ::plain_webhooks::__private::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        match self {
            Self::ThreadCreated(p) => {
                ::plain_webhooks::__private::serde::Serialize::serialize(p, serializer)
            }
            Self::ThreadStatusTransitioned(p) => {
                ::plain_webhooks::__private::serde::Serialize::serialize(p, serializer)
            }
            Self::ThreadAssignmentTransitioned(p) => {
                ::plain_webhooks::__private::serde::Serialize::serialize(p, serializer)
            }
            Self::EmailReceived(p) => {
                ::plain_webhooks::__private::serde::Serialize::serialize(p, serializer)
            }
            Self::EmailSent(p) => {
                ::plain_webhooks::__private::serde::Serialize::serialize(p, serializer)
            }
            Self::SlackMessageReceived(p) => {
                ::plain_webhooks::__private::serde::Serialize::serialize(p, serializer)
            }
            Self::SlackMessageSent(p) => {
                ::plain_webhooks::__private::serde::Serialize::serialize(p, serializer)
            }
            Self::SlackMessageUpdated(p) => {
                ::plain_webhooks::__private::serde::Serialize::serialize(p, serializer)
            }
            Self::DiscordMessageReceived(p) => {
                ::plain_webhooks::__private::serde::Serialize::serialize(p, serializer)
            }
            Self::DiscordMessageSent(p) => {
                ::plain_webhooks::__private::serde::Serialize::serialize(p, serializer)
            }
            Self::DiscordMessageUpdated(p) => {
                ::plain_webhooks::__private::serde::Serialize::serialize(p, serializer)
            }
            Self::MsTeamsMessageSent(p) => {
                ::plain_webhooks::__private::serde::Serialize::serialize(p, serializer)
            }
            Self::MsTeamsMessageReceived(p) => {
                ::plain_webhooks::__private::serde::Serialize::serialize(p, serializer)
            }
            Self::ChatSent(p) => {
                ::plain_webhooks::__private::serde::Serialize::serialize(p, serializer)
            }
            Self::ChatReceived(p) => {
                ::plain_webhooks::__private::serde::Serialize::serialize(p, serializer)
            }
            Self::NoteCreated(p) => {
                ::plain_webhooks::__private::serde::Serialize::serialize(p, serializer)
            }
            Self::ThreadLabelsChanged(p) => {
                ::plain_webhooks::__private::serde::Serialize::serialize(p, serializer)
            }
            Self::ThreadPriorityChanged(p) => {
                ::plain_webhooks::__private::serde::Serialize::serialize(p, serializer)
            }
            Self::ThreadFieldCreated(p) => {
                ::plain_webhooks::__private::serde::Serialize::serialize(p, serializer)
            }
            Self::ThreadFieldUpdated(p) => {
                ::plain_webhooks::__private::serde::Serialize::serialize(p, serializer)
            }
            Self::ThreadFieldDeleted(p) => {
                ::plain_webhooks::__private::serde::Serialize::serialize(p, serializer)
            }
            Self::ServiceLevelAgreementStatusTransitioned(p) => {
                ::plain_webhooks::__private::serde::Serialize::serialize(p, serializer)
            }
            Self::ThreadTenantUpdated(p) => {
                ::plain_webhooks::__private::serde::Serialize::serialize(p, serializer)
            }
            Self::CustomerCreated(p) => {
                ::plain_webhooks::__private::serde::Serialize::serialize(p, serializer)
            }
            Self::CustomerUpdated(p) => {
                ::plain_webhooks::__private::serde::Serialize::serialize(p, serializer)
            }
            Self::CustomerDeleted(p) => {
                ::plain_webhooks::__private::serde::Serialize::serialize(p, serializer)
            }
            Self::CustomerChanged(p) => {
                ::plain_webhooks::__private::serde::Serialize::serialize(p, serializer)
            }
            Self::CustomerGroupChanged(p) => {
                ::plain_webhooks::__private::serde::Serialize::serialize(p, serializer)
            }
            Self::CustomerGroupMembershipsChanged(p) => {
                ::plain_webhooks::__private::serde::Serialize::serialize(p, serializer)
            }
            Self::TimelineEntryChanged(p) => {
                ::plain_webhooks::__private::serde::Serialize::serialize(p, serializer)
            }
            Self::Unknown { payload, .. } => {
                ::plain_webhooks::__private::serde::Serialize::serialize(
                    payload,
                    serializer,
                )
            }
        }
    }
}
/// The body of one webhook request: the envelope and the event.
#[derive(Clone, Debug, PartialEq)]
pub struct Webhook {
    /// The event's id: the same on every delivery attempt of the event (and in the `Plain-Event-Id` header), so it is the key to deduplicate on.
    pub id: Id,
    /// When the event happened.
    pub timestamp: ::plain_webhooks::__private::chrono::DateTime<
        ::plain_webhooks::__private::chrono::Utc,
    >,
    /// The webhook target and this delivery attempt (`webhookMetadata`).
    pub webhook_metadata: WebhookMetadata,
    /// The Plain workspace the event happened in.
    pub workspace_id: Id,
    /// The event: its type and typed payload.
    pub event: Event,
}
/// The envelope of one delivery, as every handler method receives
/// it: the body's fields but `type` and `payload`, and the raw body.
#[derive(Clone, PartialEq)]
pub struct Context {
    /// The event's id: the same on every delivery attempt of the event (and in the `Plain-Event-Id` header), so it is the key to deduplicate on.
    pub id: Id,
    /// When the event happened.
    pub timestamp: ::plain_webhooks::__private::chrono::DateTime<
        ::plain_webhooks::__private::chrono::Utc,
    >,
    /// The webhook target and this delivery attempt (`webhookMetadata`).
    pub webhook_metadata: WebhookMetadata,
    /// The Plain workspace the event happened in.
    pub workspace_id: Id,
    /// The request body, byte for byte as received (empty after
    /// [`Webhook::into_parts`]). Its `Debug` shows only its length.
    pub body: ::plain_webhooks::Bytes,
}
impl ::core::fmt::Debug for Context {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.debug_struct("Context")
            .field("id", &self.id)
            .field("timestamp", &self.timestamp)
            .field("webhook_metadata", &self.webhook_metadata)
            .field("workspace_id", &self.workspace_id)
            .field("body", &::core::format_args!("{} bytes", self.body.len()))
            .finish()
    }
}
impl Webhook {
    /// The event type, e.g. `customer.customer_updated`.
    pub fn event_type(&self) -> &str {
        self.event.event_type()
    }
    /// The envelope as a [`Context`] (its `body` empty) and the
    /// event: the envelope's fields are moved, not copied.
    pub fn into_parts(self) -> (Context, Event) {
        let Webhook { id, timestamp, webhook_metadata, workspace_id, event } = self;
        (
            Context {
                id,
                timestamp,
                webhook_metadata,
                workspace_id,
                body: ::plain_webhooks::Bytes::new(),
            },
            event,
        )
    }
    /// Verifies and parses a delivery, as Plain sends it: `body` is
    /// the raw request body, `signature` the
    /// `Plain-Request-Signature` header (`""` when absent). The
    /// signature is checked first, then the body parsed under the
    /// verifier's version policy, then its delivery time checked
    /// against the verifier's replay window.
    pub fn verify_and_parse(
        body: &[u8],
        signature: &str,
        verifier: &::plain_webhooks::Verifier,
    ) -> ::core::result::Result<Webhook, ::plain_webhooks::Error> {
        verifier.verify_signature(body, signature)?;
        let webhook = parse_with(body, verifier.version_policy())?;
        verifier
            .check_delivery_time(
                ::core::option::Option::Some(
                    webhook.webhook_metadata.webhook_delivery_attempt_timestamp,
                ),
                webhook.event_type(),
            )?;
        ::core::result::Result::Ok(webhook)
    }
}
/// Serializes the request body as Plain sends it.
impl ::plain_webhooks::__private::serde::Serialize for Webhook {
    fn serialize<S: ::plain_webhooks::__private::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::plain_webhooks::__private::serde::ser::SerializeStruct as _;
        let mut s = serializer.serialize_struct("Webhook", 6usize)?;
        s.serialize_field("id", &self.id)?;
        s.serialize_field("timestamp", &self.timestamp)?;
        s.serialize_field("webhookMetadata", &self.webhook_metadata)?;
        s.serialize_field("workspaceId", &self.workspace_id)?;
        s.serialize_field("type", self.event.event_type())?;
        s.serialize_field("payload", &self.event)?;
        s.end()
    }
}
/// The body with its payload kept raw, until `type` says what it is.
#[derive(::plain_webhooks::__private::serde::Deserialize)]
#[serde(crate = "::plain_webhooks::__private::serde", rename = "Webhook")]
struct __Envelope<'a> {
    #[serde(rename = "id")]
    id: Id,
    #[serde(rename = "timestamp")]
    timestamp: ::plain_webhooks::__private::chrono::DateTime<
        ::plain_webhooks::__private::chrono::Utc,
    >,
    #[serde(rename = "webhookMetadata")]
    webhook_metadata: WebhookMetadata,
    #[serde(rename = "workspaceId")]
    workspace_id: Id,
    #[serde(rename = "type", borrow)]
    event_type: ::std::borrow::Cow<'a, str>,
    #[serde(borrow)]
    payload: &'a ::plain_webhooks::__private::RawValue,
}
/// Parses a request body, requiring the webhook target version to be
/// one of [`SCHEMA_VERSIONS`] (as Plain's own SDK does). It does not check
/// the signature: see [`Webhook::verify_and_parse`].
///
/// The event `type` decides the payload's type; the payload is parsed
/// once, straight into it.
pub fn parse(body: &[u8]) -> ::core::result::Result<Webhook, ::plain_webhooks::Error> {
    parse_with(body, ::plain_webhooks::VersionPolicy::Exact)
}
/// Parses a request body under the given version policy.
pub fn parse_with(
    body: &[u8],
    policy: ::plain_webhooks::VersionPolicy,
) -> ::core::result::Result<Webhook, ::plain_webhooks::Error> {
    let envelope: __Envelope<'_> = ::plain_webhooks::__private::envelope(body)?;
    let event_type: &str = &envelope.event_type;
    ::plain_webhooks::__private::check_version(
        policy,
        SCHEMA_VERSIONS,
        envelope.webhook_metadata.webhook_target_version.as_ref().map(|v| v.as_str()),
        event_type,
    )?;
    let raw = envelope.payload;
    let event = match event_type {
        "thread.thread_created" => {
            Event::ThreadCreated(::plain_webhooks::__private::payload(event_type, raw)?)
        }
        "thread.thread_status_transitioned" => {
            Event::ThreadStatusTransitioned(
                ::plain_webhooks::__private::payload(event_type, raw)?,
            )
        }
        "thread.thread_assignment_transitioned" => {
            Event::ThreadAssignmentTransitioned(
                ::plain_webhooks::__private::payload(event_type, raw)?,
            )
        }
        "thread.email_received" => {
            Event::EmailReceived(::plain_webhooks::__private::payload(event_type, raw)?)
        }
        "thread.email_sent" => {
            Event::EmailSent(::plain_webhooks::__private::payload(event_type, raw)?)
        }
        "thread.slack_message_received" => {
            Event::SlackMessageReceived(
                ::plain_webhooks::__private::payload(event_type, raw)?,
            )
        }
        "thread.slack_message_sent" => {
            Event::SlackMessageSent(
                ::plain_webhooks::__private::payload(event_type, raw)?,
            )
        }
        "thread.slack_message_updated" => {
            Event::SlackMessageUpdated(
                ::plain_webhooks::__private::payload(event_type, raw)?,
            )
        }
        "thread.discord_message_received" => {
            Event::DiscordMessageReceived(
                ::plain_webhooks::__private::payload(event_type, raw)?,
            )
        }
        "thread.discord_message_sent" => {
            Event::DiscordMessageSent(
                ::plain_webhooks::__private::payload(event_type, raw)?,
            )
        }
        "thread.discord_message_updated" => {
            Event::DiscordMessageUpdated(
                ::plain_webhooks::__private::payload(event_type, raw)?,
            )
        }
        "thread.ms_teams_message_sent" => {
            Event::MsTeamsMessageSent(
                ::plain_webhooks::__private::payload(event_type, raw)?,
            )
        }
        "thread.ms_teams_message_received" => {
            Event::MsTeamsMessageReceived(
                ::plain_webhooks::__private::payload(event_type, raw)?,
            )
        }
        "thread.chat_sent" => {
            Event::ChatSent(::plain_webhooks::__private::payload(event_type, raw)?)
        }
        "thread.chat_received" => {
            Event::ChatReceived(::plain_webhooks::__private::payload(event_type, raw)?)
        }
        "thread.note_created" => {
            Event::NoteCreated(::plain_webhooks::__private::payload(event_type, raw)?)
        }
        "thread.thread_labels_changed" => {
            Event::ThreadLabelsChanged(
                ::plain_webhooks::__private::payload(event_type, raw)?,
            )
        }
        "thread.thread_priority_changed" => {
            Event::ThreadPriorityChanged(
                ::plain_webhooks::__private::payload(event_type, raw)?,
            )
        }
        "thread.thread_field_created" => {
            Event::ThreadFieldCreated(
                ::plain_webhooks::__private::payload(event_type, raw)?,
            )
        }
        "thread.thread_field_updated" => {
            Event::ThreadFieldUpdated(
                ::plain_webhooks::__private::payload(event_type, raw)?,
            )
        }
        "thread.thread_field_deleted" => {
            Event::ThreadFieldDeleted(
                ::plain_webhooks::__private::payload(event_type, raw)?,
            )
        }
        "thread.service_level_agreement_status_transitioned" => {
            Event::ServiceLevelAgreementStatusTransitioned(
                ::plain_webhooks::__private::payload(event_type, raw)?,
            )
        }
        "thread.thread_tenant_updated" => {
            Event::ThreadTenantUpdated(
                ::plain_webhooks::__private::payload(event_type, raw)?,
            )
        }
        "customer.customer_created" => {
            Event::CustomerCreated(
                ::plain_webhooks::__private::payload(event_type, raw)?,
            )
        }
        "customer.customer_updated" => {
            Event::CustomerUpdated(
                ::plain_webhooks::__private::payload(event_type, raw)?,
            )
        }
        "customer.customer_deleted" => {
            Event::CustomerDeleted(
                ::plain_webhooks::__private::payload(event_type, raw)?,
            )
        }
        "customer.customer_changed" => {
            Event::CustomerChanged(
                ::plain_webhooks::__private::payload(event_type, raw)?,
            )
        }
        "customer.customer_group_changed" => {
            Event::CustomerGroupChanged(
                ::plain_webhooks::__private::payload(event_type, raw)?,
            )
        }
        "customer.customer_group_memberships_changed" => {
            Event::CustomerGroupMembershipsChanged(
                ::plain_webhooks::__private::payload(event_type, raw)?,
            )
        }
        "timeline.timeline_entry_changed" => {
            Event::TimelineEntryChanged(
                ::plain_webhooks::__private::payload(event_type, raw)?,
            )
        }
        _ => {
            Event::Unknown {
                event_type: ::std::borrow::ToOwned::to_owned(event_type),
                payload: ::plain_webhooks::RawPayload::from_raw(raw),
            }
        }
    };
    ::core::result::Result::Ok(Webhook {
        id: envelope.id,
        timestamp: envelope.timestamp,
        webhook_metadata: envelope.webhook_metadata,
        workspace_id: envelope.workspace_id,
        event,
    })
}
/// Implement the methods for the events you care about; each has a
/// default that does nothing. Methods run on any thread (their
/// futures are `Send`) and may keep state behind `&self`.
pub trait Handler: ::core::marker::Send + ::core::marker::Sync {
    /// The error your methods return: the delivery is then answered
    /// 500, so that Plain retries it.
    type Error: ::core::marker::Send;
    /// Receives `thread.thread_created` events, with [`ThreadCreatedPublicEventPayload`].
    ///
    /// The default does nothing and returns `Ok`.
    fn on_thread_created(
        &self,
        ctx: &Context,
        event: ThreadCreatedPublicEventPayload,
    ) -> impl ::core::future::Future<
        Output = ::core::result::Result<(), Self::Error>,
    > + ::core::marker::Send {
        let _ = (ctx, event);
        ::core::future::ready(::core::result::Result::Ok(()))
    }
    /// Receives `thread.thread_status_transitioned` events, with [`ThreadStatusTransitionedPublicEventPayload`].
    ///
    /// The default does nothing and returns `Ok`.
    fn on_thread_status_transitioned(
        &self,
        ctx: &Context,
        event: ThreadStatusTransitionedPublicEventPayload,
    ) -> impl ::core::future::Future<
        Output = ::core::result::Result<(), Self::Error>,
    > + ::core::marker::Send {
        let _ = (ctx, event);
        ::core::future::ready(::core::result::Result::Ok(()))
    }
    /// Receives `thread.thread_assignment_transitioned` events, with [`ThreadAssignmentTransitionedPublicEventPayload`].
    ///
    /// The default does nothing and returns `Ok`.
    fn on_thread_assignment_transitioned(
        &self,
        ctx: &Context,
        event: ThreadAssignmentTransitionedPublicEventPayload,
    ) -> impl ::core::future::Future<
        Output = ::core::result::Result<(), Self::Error>,
    > + ::core::marker::Send {
        let _ = (ctx, event);
        ::core::future::ready(::core::result::Result::Ok(()))
    }
    /// Receives `thread.email_received` events, with [`ThreadEmailReceivedPublicEventPayload`].
    ///
    /// The default does nothing and returns `Ok`.
    fn on_email_received(
        &self,
        ctx: &Context,
        event: ThreadEmailReceivedPublicEventPayload,
    ) -> impl ::core::future::Future<
        Output = ::core::result::Result<(), Self::Error>,
    > + ::core::marker::Send {
        let _ = (ctx, event);
        ::core::future::ready(::core::result::Result::Ok(()))
    }
    /// Receives `thread.email_sent` events, with [`ThreadEmailSentPublicEventPayload`].
    ///
    /// The default does nothing and returns `Ok`.
    fn on_email_sent(
        &self,
        ctx: &Context,
        event: ThreadEmailSentPublicEventPayload,
    ) -> impl ::core::future::Future<
        Output = ::core::result::Result<(), Self::Error>,
    > + ::core::marker::Send {
        let _ = (ctx, event);
        ::core::future::ready(::core::result::Result::Ok(()))
    }
    /// Receives `thread.slack_message_received` events, with [`ThreadSlackMessageReceivedEventPayload`].
    ///
    /// The default does nothing and returns `Ok`.
    fn on_slack_message_received(
        &self,
        ctx: &Context,
        event: ThreadSlackMessageReceivedEventPayload,
    ) -> impl ::core::future::Future<
        Output = ::core::result::Result<(), Self::Error>,
    > + ::core::marker::Send {
        let _ = (ctx, event);
        ::core::future::ready(::core::result::Result::Ok(()))
    }
    /// Receives `thread.slack_message_sent` events, with [`ThreadSlackMessageSentEventPayload`].
    ///
    /// The default does nothing and returns `Ok`.
    fn on_slack_message_sent(
        &self,
        ctx: &Context,
        event: ThreadSlackMessageSentEventPayload,
    ) -> impl ::core::future::Future<
        Output = ::core::result::Result<(), Self::Error>,
    > + ::core::marker::Send {
        let _ = (ctx, event);
        ::core::future::ready(::core::result::Result::Ok(()))
    }
    /// Receives `thread.slack_message_updated` events, with [`ThreadSlackMessageUpdatedEventPayload`].
    ///
    /// The default does nothing and returns `Ok`.
    fn on_slack_message_updated(
        &self,
        ctx: &Context,
        event: ThreadSlackMessageUpdatedEventPayload,
    ) -> impl ::core::future::Future<
        Output = ::core::result::Result<(), Self::Error>,
    > + ::core::marker::Send {
        let _ = (ctx, event);
        ::core::future::ready(::core::result::Result::Ok(()))
    }
    /// Receives `thread.discord_message_received` events, with [`ThreadDiscordMessageReceivedEventPayload`].
    ///
    /// The default does nothing and returns `Ok`.
    fn on_discord_message_received(
        &self,
        ctx: &Context,
        event: ThreadDiscordMessageReceivedEventPayload,
    ) -> impl ::core::future::Future<
        Output = ::core::result::Result<(), Self::Error>,
    > + ::core::marker::Send {
        let _ = (ctx, event);
        ::core::future::ready(::core::result::Result::Ok(()))
    }
    /// Receives `thread.discord_message_sent` events, with [`ThreadDiscordMessageSentEventPayload`].
    ///
    /// The default does nothing and returns `Ok`.
    fn on_discord_message_sent(
        &self,
        ctx: &Context,
        event: ThreadDiscordMessageSentEventPayload,
    ) -> impl ::core::future::Future<
        Output = ::core::result::Result<(), Self::Error>,
    > + ::core::marker::Send {
        let _ = (ctx, event);
        ::core::future::ready(::core::result::Result::Ok(()))
    }
    /// Receives `thread.discord_message_updated` events, with [`ThreadDiscordMessageUpdatedEventPayload`].
    ///
    /// The default does nothing and returns `Ok`.
    fn on_discord_message_updated(
        &self,
        ctx: &Context,
        event: ThreadDiscordMessageUpdatedEventPayload,
    ) -> impl ::core::future::Future<
        Output = ::core::result::Result<(), Self::Error>,
    > + ::core::marker::Send {
        let _ = (ctx, event);
        ::core::future::ready(::core::result::Result::Ok(()))
    }
    /// Receives `thread.ms_teams_message_sent` events, with [`ThreadMsTeamsMessageSentEventPayload`].
    ///
    /// The default does nothing and returns `Ok`.
    fn on_ms_teams_message_sent(
        &self,
        ctx: &Context,
        event: ThreadMsTeamsMessageSentEventPayload,
    ) -> impl ::core::future::Future<
        Output = ::core::result::Result<(), Self::Error>,
    > + ::core::marker::Send {
        let _ = (ctx, event);
        ::core::future::ready(::core::result::Result::Ok(()))
    }
    /// Receives `thread.ms_teams_message_received` events, with [`ThreadMsTeamsMessageReceivedEventPayload`].
    ///
    /// The default does nothing and returns `Ok`.
    fn on_ms_teams_message_received(
        &self,
        ctx: &Context,
        event: ThreadMsTeamsMessageReceivedEventPayload,
    ) -> impl ::core::future::Future<
        Output = ::core::result::Result<(), Self::Error>,
    > + ::core::marker::Send {
        let _ = (ctx, event);
        ::core::future::ready(::core::result::Result::Ok(()))
    }
    /// Receives `thread.chat_sent` events, with [`ThreadChatSentPublicEventPayload`].
    ///
    /// The default does nothing and returns `Ok`.
    fn on_chat_sent(
        &self,
        ctx: &Context,
        event: ThreadChatSentPublicEventPayload,
    ) -> impl ::core::future::Future<
        Output = ::core::result::Result<(), Self::Error>,
    > + ::core::marker::Send {
        let _ = (ctx, event);
        ::core::future::ready(::core::result::Result::Ok(()))
    }
    /// Receives `thread.chat_received` events, with [`ThreadChatReceivedPublicEventPayload`].
    ///
    /// The default does nothing and returns `Ok`.
    fn on_chat_received(
        &self,
        ctx: &Context,
        event: ThreadChatReceivedPublicEventPayload,
    ) -> impl ::core::future::Future<
        Output = ::core::result::Result<(), Self::Error>,
    > + ::core::marker::Send {
        let _ = (ctx, event);
        ::core::future::ready(::core::result::Result::Ok(()))
    }
    /// Receives `thread.note_created` events, with [`ThreadNoteCreatedEventPayload`].
    ///
    /// The default does nothing and returns `Ok`.
    fn on_note_created(
        &self,
        ctx: &Context,
        event: ThreadNoteCreatedEventPayload,
    ) -> impl ::core::future::Future<
        Output = ::core::result::Result<(), Self::Error>,
    > + ::core::marker::Send {
        let _ = (ctx, event);
        ::core::future::ready(::core::result::Result::Ok(()))
    }
    /// Receives `thread.thread_labels_changed` events, with [`ThreadLabelsChangedPublicEventPayload`].
    ///
    /// The default does nothing and returns `Ok`.
    fn on_thread_labels_changed(
        &self,
        ctx: &Context,
        event: ThreadLabelsChangedPublicEventPayload,
    ) -> impl ::core::future::Future<
        Output = ::core::result::Result<(), Self::Error>,
    > + ::core::marker::Send {
        let _ = (ctx, event);
        ::core::future::ready(::core::result::Result::Ok(()))
    }
    /// Receives `thread.thread_priority_changed` events, with [`ThreadPriorityChangedPublicEventPayload`].
    ///
    /// The default does nothing and returns `Ok`.
    fn on_thread_priority_changed(
        &self,
        ctx: &Context,
        event: ThreadPriorityChangedPublicEventPayload,
    ) -> impl ::core::future::Future<
        Output = ::core::result::Result<(), Self::Error>,
    > + ::core::marker::Send {
        let _ = (ctx, event);
        ::core::future::ready(::core::result::Result::Ok(()))
    }
    /// Receives `thread.thread_field_created` events, with [`ThreadFieldCreatedPublicEventPayload`].
    ///
    /// The default does nothing and returns `Ok`.
    fn on_thread_field_created(
        &self,
        ctx: &Context,
        event: ThreadFieldCreatedPublicEventPayload,
    ) -> impl ::core::future::Future<
        Output = ::core::result::Result<(), Self::Error>,
    > + ::core::marker::Send {
        let _ = (ctx, event);
        ::core::future::ready(::core::result::Result::Ok(()))
    }
    /// Receives `thread.thread_field_updated` events, with [`ThreadFieldUpdatedPublicEventPayload`].
    ///
    /// The default does nothing and returns `Ok`.
    fn on_thread_field_updated(
        &self,
        ctx: &Context,
        event: ThreadFieldUpdatedPublicEventPayload,
    ) -> impl ::core::future::Future<
        Output = ::core::result::Result<(), Self::Error>,
    > + ::core::marker::Send {
        let _ = (ctx, event);
        ::core::future::ready(::core::result::Result::Ok(()))
    }
    /// Receives `thread.thread_field_deleted` events, with [`ThreadFieldDeletedPublicEventPayload`].
    ///
    /// The default does nothing and returns `Ok`.
    fn on_thread_field_deleted(
        &self,
        ctx: &Context,
        event: ThreadFieldDeletedPublicEventPayload,
    ) -> impl ::core::future::Future<
        Output = ::core::result::Result<(), Self::Error>,
    > + ::core::marker::Send {
        let _ = (ctx, event);
        ::core::future::ready(::core::result::Result::Ok(()))
    }
    /// Receives `thread.service_level_agreement_status_transitioned` events, with [`ThreadServiceLevelAgreementStatusTransitionedPayload`].
    ///
    /// The default does nothing and returns `Ok`.
    fn on_service_level_agreement_status_transitioned(
        &self,
        ctx: &Context,
        event: ThreadServiceLevelAgreementStatusTransitionedPayload,
    ) -> impl ::core::future::Future<
        Output = ::core::result::Result<(), Self::Error>,
    > + ::core::marker::Send {
        let _ = (ctx, event);
        ::core::future::ready(::core::result::Result::Ok(()))
    }
    /// Receives `thread.thread_tenant_updated` events, with [`ThreadTenantUpdatedPublicEventPayload`].
    ///
    /// The default does nothing and returns `Ok`.
    fn on_thread_tenant_updated(
        &self,
        ctx: &Context,
        event: ThreadTenantUpdatedPublicEventPayload,
    ) -> impl ::core::future::Future<
        Output = ::core::result::Result<(), Self::Error>,
    > + ::core::marker::Send {
        let _ = (ctx, event);
        ::core::future::ready(::core::result::Result::Ok(()))
    }
    /// Receives `customer.customer_created` events, with [`CustomerCreatedPublicEventPayload`].
    ///
    /// The schema says: "A customer has been created"
    ///
    /// The default does nothing and returns `Ok`.
    fn on_customer_created(
        &self,
        ctx: &Context,
        event: CustomerCreatedPublicEventPayload,
    ) -> impl ::core::future::Future<
        Output = ::core::result::Result<(), Self::Error>,
    > + ::core::marker::Send {
        let _ = (ctx, event);
        ::core::future::ready(::core::result::Result::Ok(()))
    }
    /// Receives `customer.customer_updated` events, with [`CustomerUpdatedPublicEventPayload`].
    ///
    /// The schema says: "A customer has been updated"
    ///
    /// The default does nothing and returns `Ok`.
    fn on_customer_updated(
        &self,
        ctx: &Context,
        event: CustomerUpdatedPublicEventPayload,
    ) -> impl ::core::future::Future<
        Output = ::core::result::Result<(), Self::Error>,
    > + ::core::marker::Send {
        let _ = (ctx, event);
        ::core::future::ready(::core::result::Result::Ok(()))
    }
    /// Receives `customer.customer_deleted` events, with [`CustomerDeletedPublicEventPayload`].
    ///
    /// The schema says: "A customer has been deleted"
    ///
    /// The default does nothing and returns `Ok`.
    fn on_customer_deleted(
        &self,
        ctx: &Context,
        event: CustomerDeletedPublicEventPayload,
    ) -> impl ::core::future::Future<
        Output = ::core::result::Result<(), Self::Error>,
    > + ::core::marker::Send {
        let _ = (ctx, event);
        ::core::future::ready(::core::result::Result::Ok(()))
    }
    /// Receives `customer.customer_changed` events, with [`CustomerChangedPayload`].
    ///
    /// The schema says: "A customer has been created or updated"
    ///
    /// The default does nothing and returns `Ok`.
    fn on_customer_changed(
        &self,
        ctx: &Context,
        event: CustomerChangedPayload,
    ) -> impl ::core::future::Future<
        Output = ::core::result::Result<(), Self::Error>,
    > + ::core::marker::Send {
        let _ = (ctx, event);
        ::core::future::ready(::core::result::Result::Ok(()))
    }
    /// Receives `customer.customer_group_changed` events, with [`CustomerGroupChangedPayload`].
    ///
    /// The default does nothing and returns `Ok`.
    fn on_customer_group_changed(
        &self,
        ctx: &Context,
        event: CustomerGroupChangedPayload,
    ) -> impl ::core::future::Future<
        Output = ::core::result::Result<(), Self::Error>,
    > + ::core::marker::Send {
        let _ = (ctx, event);
        ::core::future::ready(::core::result::Result::Ok(()))
    }
    /// Receives `customer.customer_group_memberships_changed` events, with [`CustomerGroupMembershipsChangedPayload`].
    ///
    /// The default does nothing and returns `Ok`.
    fn on_customer_group_memberships_changed(
        &self,
        ctx: &Context,
        event: CustomerGroupMembershipsChangedPayload,
    ) -> impl ::core::future::Future<
        Output = ::core::result::Result<(), Self::Error>,
    > + ::core::marker::Send {
        let _ = (ctx, event);
        ::core::future::ready(::core::result::Result::Ok(()))
    }
    /// Receives `timeline.timeline_entry_changed` events, with [`TimelineEntryChangedPayload`].
    ///
    /// The schema says: "A timeline entry has been added, updated or removed"
    ///
    /// The default does nothing and returns `Ok`.
    fn on_timeline_entry_changed(
        &self,
        ctx: &Context,
        event: TimelineEntryChangedPayload,
    ) -> impl ::core::future::Future<
        Output = ::core::result::Result<(), Self::Error>,
    > + ::core::marker::Send {
        let _ = (ctx, event);
        ::core::future::ready(::core::result::Result::Ok(()))
    }
    /// Receives events of a type this schema does not list (Plain
    /// adds event types); the default does nothing and returns `Ok`.
    fn on_unknown(
        &self,
        ctx: &Context,
        event_type: ::std::string::String,
        payload: ::plain_webhooks::RawPayload,
    ) -> impl ::core::future::Future<
        Output = ::core::result::Result<(), Self::Error>,
    > + ::core::marker::Send {
        let _ = (ctx, event_type, payload);
        ::core::future::ready(::core::result::Result::Ok(()))
    }
}
/// A [`Handler`] made ready for a web framework: it implements
/// `plain_webhooks::Receive`, which the integrations (such as
/// `plain_webhooks::axum::router`) take. Build it with [`receiver`].
#[derive(Clone, Debug, Default)]
pub struct Receiver<H>(pub H);
/// Wraps `handler` for a web-framework integration, e.g.
/// `plain_webhooks::axum::router(plain::receiver(handler), verifier)`.
pub fn receiver<H: Handler>(handler: H) -> Receiver<H> {
    Receiver(handler)
}
impl<H: Handler> ::plain_webhooks::Receive for Receiver<H> {
    type Error = H::Error;
    fn versions(&self) -> ::std::vec::Vec<::core::option::Option<&'static str>> {
        SCHEMA_VERSIONS.to_vec()
    }
    fn parses(&self, body: &[u8]) -> bool {
        parse_with(body, ::plain_webhooks::VersionPolicy::Any).is_ok()
    }
    fn receive<'a>(
        &'a self,
        verifier: &'a ::plain_webhooks::Verifier,
        dedupe: &'a ::plain_webhooks::Dedupe,
        delivery: ::plain_webhooks::Delivery<'a>,
        verified: impl ::core::ops::FnOnce(
            &::plain_webhooks::Summary<'_>,
        ) + ::core::marker::Send + 'a,
    ) -> impl ::core::future::Future<
        Output = ::plain_webhooks::Outcome<H::Error>,
    > + ::core::marker::Send + 'a {
        __receive(&self.0, verifier, dedupe, delivery, verified)
    }
}
/// Verifies, parses and dispatches one delivery: `body` is the raw
/// request body (pass the `Bytes`, `Vec<u8>` or `String` you
/// received to keep it as `Context::body` without a copy),
/// `signature` the `Plain-Request-Signature` header (`""` when
/// absent). Each event's handler runs once per `dedupe`
/// (`Dedupe::default()`, in memory, is the default wherever
/// deliveries are handled; keep one for the process;
/// `Dedupe::off()` for none). The outcome says what to answer Plain
/// (`Outcome::status`).
pub fn handle<'a, H: Handler>(
    handler: &'a H,
    verifier: &'a ::plain_webhooks::Verifier,
    dedupe: &'a ::plain_webhooks::Dedupe,
    body: impl ::plain_webhooks::IntoBody,
    signature: &'a str,
) -> impl ::core::future::Future<
    Output = ::plain_webhooks::Outcome<H::Error>,
> + ::core::marker::Send + 'a {
    __receive(
        handler,
        verifier,
        dedupe,
        ::plain_webhooks::Delivery::new(body, signature),
        |_| {},
    )
}
async fn __receive<H: Handler>(
    handler: &H,
    verifier: &::plain_webhooks::Verifier,
    dedupe: &::plain_webhooks::Dedupe,
    delivery: ::plain_webhooks::Delivery<'_>,
    verified: impl ::core::ops::FnOnce(
        &::plain_webhooks::Summary<'_>,
    ) + ::core::marker::Send,
) -> ::plain_webhooks::Outcome<H::Error> {
    let webhook = match Webhook::verify_and_parse(
        &delivery.body,
        delivery.signature,
        verifier,
    ) {
        ::core::result::Result::Ok(webhook) => webhook,
        ::core::result::Result::Err(e) => return ::plain_webhooks::Outcome::Rejected(e),
    };
    let summary = ::plain_webhooks::Summary {
        event_id: ::core::option::Option::Some(webhook.id.as_str()),
        event_type: webhook.event_type(),
        attempt: ::core::option::Option::Some(
            webhook.webhook_metadata.webhook_delivery_attempt_number.get(),
        ),
    };
    verified(&summary);
    if let ::core::result::Result::Err(e) = delivery.check_headers(&summary) {
        return ::plain_webhooks::Outcome::Rejected(e);
    }
    let event_id = ::plain_webhooks::__private::claim_id(dedupe, summary.event_id);
    let (mut ctx, event) = webhook.into_parts();
    ctx.body = delivery.body;
    ::plain_webhooks::__private::guarded(
            dedupe,
            event_id.as_deref(),
            move || async move {
                match event {
                    Event::ThreadCreated(e) => handler.on_thread_created(&ctx, *e).await,
                    Event::ThreadStatusTransitioned(e) => {
                        handler.on_thread_status_transitioned(&ctx, *e).await
                    }
                    Event::ThreadAssignmentTransitioned(e) => {
                        handler.on_thread_assignment_transitioned(&ctx, *e).await
                    }
                    Event::EmailReceived(e) => handler.on_email_received(&ctx, *e).await,
                    Event::EmailSent(e) => handler.on_email_sent(&ctx, *e).await,
                    Event::SlackMessageReceived(e) => {
                        handler.on_slack_message_received(&ctx, *e).await
                    }
                    Event::SlackMessageSent(e) => {
                        handler.on_slack_message_sent(&ctx, *e).await
                    }
                    Event::SlackMessageUpdated(e) => {
                        handler.on_slack_message_updated(&ctx, *e).await
                    }
                    Event::DiscordMessageReceived(e) => {
                        handler.on_discord_message_received(&ctx, *e).await
                    }
                    Event::DiscordMessageSent(e) => {
                        handler.on_discord_message_sent(&ctx, *e).await
                    }
                    Event::DiscordMessageUpdated(e) => {
                        handler.on_discord_message_updated(&ctx, *e).await
                    }
                    Event::MsTeamsMessageSent(e) => {
                        handler.on_ms_teams_message_sent(&ctx, *e).await
                    }
                    Event::MsTeamsMessageReceived(e) => {
                        handler.on_ms_teams_message_received(&ctx, *e).await
                    }
                    Event::ChatSent(e) => handler.on_chat_sent(&ctx, *e).await,
                    Event::ChatReceived(e) => handler.on_chat_received(&ctx, *e).await,
                    Event::NoteCreated(e) => handler.on_note_created(&ctx, *e).await,
                    Event::ThreadLabelsChanged(e) => {
                        handler.on_thread_labels_changed(&ctx, *e).await
                    }
                    Event::ThreadPriorityChanged(e) => {
                        handler.on_thread_priority_changed(&ctx, *e).await
                    }
                    Event::ThreadFieldCreated(e) => {
                        handler.on_thread_field_created(&ctx, *e).await
                    }
                    Event::ThreadFieldUpdated(e) => {
                        handler.on_thread_field_updated(&ctx, *e).await
                    }
                    Event::ThreadFieldDeleted(e) => {
                        handler.on_thread_field_deleted(&ctx, *e).await
                    }
                    Event::ServiceLevelAgreementStatusTransitioned(e) => {
                        handler
                            .on_service_level_agreement_status_transitioned(&ctx, *e)
                            .await
                    }
                    Event::ThreadTenantUpdated(e) => {
                        handler.on_thread_tenant_updated(&ctx, *e).await
                    }
                    Event::CustomerCreated(e) => {
                        handler.on_customer_created(&ctx, *e).await
                    }
                    Event::CustomerUpdated(e) => {
                        handler.on_customer_updated(&ctx, *e).await
                    }
                    Event::CustomerDeleted(e) => {
                        handler.on_customer_deleted(&ctx, *e).await
                    }
                    Event::CustomerChanged(e) => {
                        handler.on_customer_changed(&ctx, *e).await
                    }
                    Event::CustomerGroupChanged(e) => {
                        handler.on_customer_group_changed(&ctx, *e).await
                    }
                    Event::CustomerGroupMembershipsChanged(e) => {
                        handler.on_customer_group_memberships_changed(&ctx, *e).await
                    }
                    Event::TimelineEntryChanged(e) => {
                        handler.on_timeline_entry_changed(&ctx, *e).await
                    }
                    Event::Unknown { event_type, payload } => {
                        handler.on_unknown(&ctx, event_type, payload).await
                    }
                }
            },
        )
        .await
}
