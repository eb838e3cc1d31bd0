///Plain's `attachment` definition, which the schema does not describe. Used in `chat.attachments[]`, `discordMessage.attachments[]`, `email.attachments[]`, `msTeamsMessage.attachments[]` and 1 more.
#[derive(
    ::plain_webhooks::__private::serde::Deserialize,
    ::plain_webhooks::__private::serde::Serialize,
    Clone,
    Debug,
    PartialEq
)]
#[serde(crate = "::plain_webhooks::__private::serde")]
pub struct Attachment {
    #[serde(rename = "createdAt")]
    pub created_at: ::plain_webhooks::__private::chrono::DateTime<
        ::plain_webhooks::__private::chrono::offset::Utc,
    >,
    #[serde(rename = "createdBy")]
    pub created_by: Actor,
    #[serde(rename = "fileExtension")]
    pub file_extension: NullableString,
    #[serde(rename = "fileMimeType")]
    pub file_mime_type: AttachmentFileMimeType,
    #[serde(rename = "fileName")]
    pub file_name: AttachmentFileName,
    #[serde(rename = "fileSizeBytes")]
    pub file_size_bytes: AttachmentFileSizeBytes,
    pub id: Id,
    #[serde(rename = "updatedAt")]
    pub updated_at: ::plain_webhooks::__private::chrono::DateTime<
        ::plain_webhooks::__private::chrono::offset::Utc,
    >,
    #[serde(rename = "updatedBy")]
    pub updated_by: Actor,
}
///Plain's `attachmentFileMimeType` definition, which the schema does not describe. Used in `attachment.fileMimeType`, `chatEntryAttachment.fileMimeType`, `customEntryAttachment.fileMimeType`, `emailEntryAttachment.fileMimeType`.
#[derive(
    ::plain_webhooks::__private::serde::Serialize,
    Clone,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd
)]
#[serde(transparent)]
#[serde(crate = "::plain_webhooks::__private::serde")]
pub struct AttachmentFileMimeType(::std::string::String);
impl ::std::ops::Deref for AttachmentFileMimeType {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<AttachmentFileMimeType> for ::std::string::String {
    fn from(value: AttachmentFileMimeType) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for AttachmentFileMimeType {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        if value.chars().count() < 1usize {
            return Err("shorter than 1 characters".into());
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for AttachmentFileMimeType {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for AttachmentFileMimeType {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::plain_webhooks::__private::serde::Deserialize<'de>
for AttachmentFileMimeType {
    fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
    where
        D: ::plain_webhooks::__private::serde::Deserializer<'de>,
    {
        ::std::string::String::deserialize(deserializer)?
            .parse()
            .map_err(|e: self::error::ConversionError| {
                <D::Error as ::plain_webhooks::__private::serde::de::Error>::custom(
                    e.to_string(),
                )
            })
    }
}
///Plain's `attachmentFileName` definition, which the schema does not describe. Used in `attachment.fileName`, `chatEntryAttachment.fileName`, `customEntryAttachment.fileName`, `emailEntryAttachment.fileName`.
#[derive(
    ::plain_webhooks::__private::serde::Serialize,
    Clone,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd
)]
#[serde(transparent)]
#[serde(crate = "::plain_webhooks::__private::serde")]
pub struct AttachmentFileName(::std::string::String);
impl ::std::ops::Deref for AttachmentFileName {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<AttachmentFileName> for ::std::string::String {
    fn from(value: AttachmentFileName) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for AttachmentFileName {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        if value.chars().count() < 1usize {
            return Err("shorter than 1 characters".into());
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for AttachmentFileName {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for AttachmentFileName {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::plain_webhooks::__private::serde::Deserialize<'de> for AttachmentFileName {
    fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
    where
        D: ::plain_webhooks::__private::serde::Deserializer<'de>,
    {
        ::std::string::String::deserialize(deserializer)?
            .parse()
            .map_err(|e: self::error::ConversionError| {
                <D::Error as ::plain_webhooks::__private::serde::de::Error>::custom(
                    e.to_string(),
                )
            })
    }
}
///Plain's `attachmentFileSizeBytes` definition, which the schema does not describe. Used in `attachment.fileSizeBytes`, `chatEntryAttachment.fileSizeBytes`, `customEntryAttachment.fileSizeBytes`, `emailEntryAttachment.fileSizeBytes`.
#[derive(
    ::plain_webhooks::__private::serde::Deserialize,
    ::plain_webhooks::__private::serde::Serialize,
    Clone,
    Debug,
    PartialEq
)]
#[serde(transparent)]
#[serde(crate = "::plain_webhooks::__private::serde")]
pub struct AttachmentFileSizeBytes(pub u64);
impl ::std::ops::Deref for AttachmentFileSizeBytes {
    type Target = u64;
    fn deref(&self) -> &u64 {
        &self.0
    }
}
impl ::std::convert::From<AttachmentFileSizeBytes> for u64 {
    fn from(value: AttachmentFileSizeBytes) -> Self {
        value.0
    }
}
impl ::std::convert::From<u64> for AttachmentFileSizeBytes {
    fn from(value: u64) -> Self {
        Self(value)
    }
}
impl ::std::fmt::Display for AttachmentFileSizeBytes {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        self.0.fmt(f)
    }
}
impl ::std::str::FromStr for AttachmentFileSizeBytes {
    type Err = <u64 as ::std::str::FromStr>::Err;
    fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
        Ok(Self(value.parse()?))
    }
}
impl ::std::convert::TryFrom<&str> for AttachmentFileSizeBytes {
    type Error = <u64 as ::std::str::FromStr>::Err;
    fn try_from(value: &str) -> ::std::result::Result<Self, Self::Error> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<String> for AttachmentFileSizeBytes {
    type Error = <u64 as ::std::str::FromStr>::Err;
    fn try_from(value: String) -> ::std::result::Result<Self, Self::Error> {
        value.parse()
    }
}
///Plain's `chat` definition, which the schema does not describe. Used in `threadChatReceivedPublicEventPayload.chat`, `threadChatSentPublicEventPayload.chat`.
#[derive(
    ::plain_webhooks::__private::serde::Deserialize,
    ::plain_webhooks::__private::serde::Serialize,
    Clone,
    Debug,
    PartialEq
)]
#[serde(crate = "::plain_webhooks::__private::serde")]
pub struct Chat {
    pub attachments: ::std::vec::Vec<Attachment>,
    #[serde(rename = "createdAt")]
    pub created_at: ::plain_webhooks::__private::chrono::DateTime<
        ::plain_webhooks::__private::chrono::offset::Utc,
    >,
    #[serde(rename = "createdBy")]
    pub created_by: Actor,
    #[serde(
        rename = "customerReadAt",
        deserialize_with = "::std::option::Option::deserialize"
    )]
    pub customer_read_at: ::std::option::Option<
        ::plain_webhooks::__private::chrono::DateTime<
            ::plain_webhooks::__private::chrono::offset::Utc,
        >,
    >,
    pub id: Id,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub text: ::std::option::Option<ChatText>,
    #[serde(rename = "timelineEntryId")]
    pub timeline_entry_id: Id,
    #[serde(rename = "updatedAt")]
    pub updated_at: ::plain_webhooks::__private::chrono::DateTime<
        ::plain_webhooks::__private::chrono::offset::Utc,
    >,
    #[serde(rename = "updatedBy")]
    pub updated_by: Actor,
}
///Plain's `chatEntry` definition, which the schema does not describe. Used in `timelineEntryEntry`.
#[derive(
    ::plain_webhooks::__private::serde::Deserialize,
    ::plain_webhooks::__private::serde::Serialize,
    Clone,
    Debug,
    PartialEq
)]
#[serde(crate = "::plain_webhooks::__private::serde")]
pub struct ChatEntry {
    pub attachments: ::std::vec::Vec<ChatEntryAttachment>,
    #[serde(rename = "chatId")]
    pub chat_id: Id,
    #[serde(
        rename = "customerReadAt",
        deserialize_with = "::std::option::Option::deserialize"
    )]
    pub customer_read_at: ::std::option::Option<
        ::plain_webhooks::__private::chrono::DateTime<
            ::plain_webhooks::__private::chrono::offset::Utc,
        >,
    >,
    #[serde(deserialize_with = "::std::option::Option::deserialize")]
    pub text: ::std::option::Option<::std::string::String>,
}
///Plain's `chatEntryAttachment` definition, which the schema does not describe. Used in `chatEntry.attachments[]`.
#[derive(
    ::plain_webhooks::__private::serde::Deserialize,
    ::plain_webhooks::__private::serde::Serialize,
    Clone,
    Debug,
    PartialEq
)]
#[serde(crate = "::plain_webhooks::__private::serde")]
pub struct ChatEntryAttachment {
    #[serde(rename = "createdAt")]
    pub created_at: ::plain_webhooks::__private::chrono::DateTime<
        ::plain_webhooks::__private::chrono::offset::Utc,
    >,
    #[serde(rename = "createdBy")]
    pub created_by: Actor,
    #[serde(rename = "fileExtension")]
    pub file_extension: NullableString,
    #[serde(rename = "fileMimeType")]
    pub file_mime_type: AttachmentFileMimeType,
    #[serde(rename = "fileName")]
    pub file_name: AttachmentFileName,
    #[serde(rename = "fileSizeBytes")]
    pub file_size_bytes: AttachmentFileSizeBytes,
    pub id: Id,
    #[serde(rename = "type")]
    pub type_: ChatEntryAttachmentType,
    #[serde(rename = "updatedAt")]
    pub updated_at: ::plain_webhooks::__private::chrono::DateTime<
        ::plain_webhooks::__private::chrono::offset::Utc,
    >,
    #[serde(rename = "updatedBy")]
    pub updated_by: Actor,
}
///`ChatEntryAttachmentType`
#[derive(
    ::plain_webhooks::__private::serde::Deserialize,
    ::plain_webhooks::__private::serde::Serialize,
    Clone,
    Copy,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd
)]
#[serde(crate = "::plain_webhooks::__private::serde")]
pub enum ChatEntryAttachmentType {
    #[serde(rename = "CHAT")]
    Chat,
}
impl ::std::fmt::Display for ChatEntryAttachmentType {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::Chat => f.write_str("CHAT"),
        }
    }
}
impl ::std::str::FromStr for ChatEntryAttachmentType {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        match value {
            "CHAT" => Ok(Self::Chat),
            _ => Err("invalid value".into()),
        }
    }
}
impl ::std::convert::TryFrom<&str> for ChatEntryAttachmentType {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for ChatEntryAttachmentType {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
///`ChatText`
#[derive(
    ::plain_webhooks::__private::serde::Serialize,
    Clone,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd
)]
#[serde(transparent)]
#[serde(crate = "::plain_webhooks::__private::serde")]
pub struct ChatText(::std::string::String);
impl ::std::ops::Deref for ChatText {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<ChatText> for ::std::string::String {
    fn from(value: ChatText) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for ChatText {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        if value.chars().count() > 5000usize {
            return Err("longer than 5000 characters".into());
        }
        if value.chars().count() < 1usize {
            return Err("shorter than 1 characters".into());
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for ChatText {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for ChatText {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::plain_webhooks::__private::serde::Deserialize<'de> for ChatText {
    fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
    where
        D: ::plain_webhooks::__private::serde::Deserializer<'de>,
    {
        ::std::string::String::deserialize(deserializer)?
            .parse()
            .map_err(|e: self::error::ConversionError| {
                <D::Error as ::plain_webhooks::__private::serde::de::Error>::custom(
                    e.to_string(),
                )
            })
    }
}
///Plain's `componentBadge` definition, which the schema does not describe. Used in `component`, `componentContainerContent`, `componentRowContent`.
#[derive(
    ::plain_webhooks::__private::serde::Deserialize,
    ::plain_webhooks::__private::serde::Serialize,
    Clone,
    Debug,
    PartialEq
)]
#[serde(crate = "::plain_webhooks::__private::serde")]
pub struct ComponentBadge {
    #[serde(
        rename = "badgeColor",
        deserialize_with = "::std::option::Option::deserialize"
    )]
    pub badge_color: ::std::option::Option<ComponentBadgeColor>,
    #[serde(rename = "badgeLabel")]
    pub badge_label: ComponentBadgeBadgeLabel,
}
///`ComponentBadgeBadgeLabel`
#[derive(
    ::plain_webhooks::__private::serde::Serialize,
    Clone,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd
)]
#[serde(transparent)]
#[serde(crate = "::plain_webhooks::__private::serde")]
pub struct ComponentBadgeBadgeLabel(::std::string::String);
impl ::std::ops::Deref for ComponentBadgeBadgeLabel {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<ComponentBadgeBadgeLabel> for ::std::string::String {
    fn from(value: ComponentBadgeBadgeLabel) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for ComponentBadgeBadgeLabel {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        if value.chars().count() > 500usize {
            return Err("longer than 500 characters".into());
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for ComponentBadgeBadgeLabel {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for ComponentBadgeBadgeLabel {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::plain_webhooks::__private::serde::Deserialize<'de>
for ComponentBadgeBadgeLabel {
    fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
    where
        D: ::plain_webhooks::__private::serde::Deserializer<'de>,
    {
        ::std::string::String::deserialize(deserializer)?
            .parse()
            .map_err(|e: self::error::ConversionError| {
                <D::Error as ::plain_webhooks::__private::serde::de::Error>::custom(
                    e.to_string(),
                )
            })
    }
}
///Plain's `componentBadgeColor` definition, which the schema does not describe. Used in `componentBadge.badgeColor`.
#[derive(
    ::plain_webhooks::__private::serde::Deserialize,
    ::plain_webhooks::__private::serde::Serialize,
    Clone,
    Copy,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd
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
impl ::std::fmt::Display for ComponentBadgeColor {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::Grey => f.write_str("GREY"),
            Self::Green => f.write_str("GREEN"),
            Self::Yellow => f.write_str("YELLOW"),
            Self::Red => f.write_str("RED"),
            Self::Blue => f.write_str("BLUE"),
            Self::UnknownComponentBadgeColor => {
                f.write_str("UNKNOWN_COMPONENT_BADGE_COLOR")
            }
        }
    }
}
impl ::std::str::FromStr for ComponentBadgeColor {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        match value {
            "GREY" => Ok(Self::Grey),
            "GREEN" => Ok(Self::Green),
            "YELLOW" => Ok(Self::Yellow),
            "RED" => Ok(Self::Red),
            "BLUE" => Ok(Self::Blue),
            "UNKNOWN_COMPONENT_BADGE_COLOR" => Ok(Self::UnknownComponentBadgeColor),
            _ => Err("invalid value".into()),
        }
    }
}
impl ::std::convert::TryFrom<&str> for ComponentBadgeColor {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for ComponentBadgeColor {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
///Plain's `componentContainer` definition, which the schema does not describe. Used in `component`.
#[derive(
    ::plain_webhooks::__private::serde::Deserialize,
    ::plain_webhooks::__private::serde::Serialize,
    Clone,
    Debug,
    PartialEq
)]
#[serde(crate = "::plain_webhooks::__private::serde")]
pub struct ComponentContainer {
    #[serde(rename = "containerContent")]
    pub container_content: ::std::vec::Vec<ComponentContainerContent>,
}
///Plain's `componentCopyButton` definition, which the schema does not describe. Used in `component`, `componentContainerContent`, `componentRowContent`.
#[derive(
    ::plain_webhooks::__private::serde::Deserialize,
    ::plain_webhooks::__private::serde::Serialize,
    Clone,
    Debug,
    PartialEq
)]
#[serde(crate = "::plain_webhooks::__private::serde")]
pub struct ComponentCopyButton {
    #[serde(
        rename = "copyButtonTooltipLabel",
        deserialize_with = "::std::option::Option::deserialize"
    )]
    pub copy_button_tooltip_label: ::std::option::Option<
        ComponentCopyButtonCopyButtonTooltipLabel,
    >,
    #[serde(rename = "copyButtonValue")]
    pub copy_button_value: ComponentCopyButtonCopyButtonValue,
}
///`ComponentCopyButtonCopyButtonTooltipLabel`
#[derive(
    ::plain_webhooks::__private::serde::Serialize,
    Clone,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd
)]
#[serde(transparent)]
#[serde(crate = "::plain_webhooks::__private::serde")]
pub struct ComponentCopyButtonCopyButtonTooltipLabel(::std::string::String);
impl ::std::ops::Deref for ComponentCopyButtonCopyButtonTooltipLabel {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<ComponentCopyButtonCopyButtonTooltipLabel>
for ::std::string::String {
    fn from(value: ComponentCopyButtonCopyButtonTooltipLabel) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for ComponentCopyButtonCopyButtonTooltipLabel {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        if value.chars().count() > 500usize {
            return Err("longer than 500 characters".into());
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for ComponentCopyButtonCopyButtonTooltipLabel {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String>
for ComponentCopyButtonCopyButtonTooltipLabel {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::plain_webhooks::__private::serde::Deserialize<'de>
for ComponentCopyButtonCopyButtonTooltipLabel {
    fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
    where
        D: ::plain_webhooks::__private::serde::Deserializer<'de>,
    {
        ::std::string::String::deserialize(deserializer)?
            .parse()
            .map_err(|e: self::error::ConversionError| {
                <D::Error as ::plain_webhooks::__private::serde::de::Error>::custom(
                    e.to_string(),
                )
            })
    }
}
///`ComponentCopyButtonCopyButtonValue`
#[derive(
    ::plain_webhooks::__private::serde::Serialize,
    Clone,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd
)]
#[serde(transparent)]
#[serde(crate = "::plain_webhooks::__private::serde")]
pub struct ComponentCopyButtonCopyButtonValue(::std::string::String);
impl ::std::ops::Deref for ComponentCopyButtonCopyButtonValue {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<ComponentCopyButtonCopyButtonValue> for ::std::string::String {
    fn from(value: ComponentCopyButtonCopyButtonValue) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for ComponentCopyButtonCopyButtonValue {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        if value.chars().count() > 1000usize {
            return Err("longer than 1000 characters".into());
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for ComponentCopyButtonCopyButtonValue {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String>
for ComponentCopyButtonCopyButtonValue {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::plain_webhooks::__private::serde::Deserialize<'de>
for ComponentCopyButtonCopyButtonValue {
    fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
    where
        D: ::plain_webhooks::__private::serde::Deserializer<'de>,
    {
        ::std::string::String::deserialize(deserializer)?
            .parse()
            .map_err(|e: self::error::ConversionError| {
                <D::Error as ::plain_webhooks::__private::serde::de::Error>::custom(
                    e.to_string(),
                )
            })
    }
}
///Plain's `componentDivider` definition, which the schema does not describe. Used in `component`, `componentContainerContent`, `componentRowContent`.
#[derive(
    ::plain_webhooks::__private::serde::Deserialize,
    ::plain_webhooks::__private::serde::Serialize,
    Clone,
    Debug,
    PartialEq
)]
#[serde(crate = "::plain_webhooks::__private::serde")]
pub struct ComponentDivider {
    #[serde(
        rename = "dividerSpacingSize",
        deserialize_with = "::std::option::Option::deserialize"
    )]
    pub divider_spacing_size: ::std::option::Option<ComponentDividerSpacingSize>,
}
///Plain's `componentDividerSpacingSize` definition, which the schema does not describe. Used in `componentDivider.dividerSpacingSize`.
#[derive(
    ::plain_webhooks::__private::serde::Deserialize,
    ::plain_webhooks::__private::serde::Serialize,
    Clone,
    Copy,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd
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
impl ::std::fmt::Display for ComponentDividerSpacingSize {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::Xs => f.write_str("XS"),
            Self::S => f.write_str("S"),
            Self::M => f.write_str("M"),
            Self::L => f.write_str("L"),
            Self::Xl => f.write_str("XL"),
            Self::UnknownComponentDividerSpacingSize => {
                f.write_str("UNKNOWN_COMPONENT_DIVIDER_SPACING_SIZE")
            }
        }
    }
}
impl ::std::str::FromStr for ComponentDividerSpacingSize {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        match value {
            "XS" => Ok(Self::Xs),
            "S" => Ok(Self::S),
            "M" => Ok(Self::M),
            "L" => Ok(Self::L),
            "XL" => Ok(Self::Xl),
            "UNKNOWN_COMPONENT_DIVIDER_SPACING_SIZE" => {
                Ok(Self::UnknownComponentDividerSpacingSize)
            }
            _ => Err("invalid value".into()),
        }
    }
}
impl ::std::convert::TryFrom<&str> for ComponentDividerSpacingSize {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for ComponentDividerSpacingSize {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
///Plain's `componentLinkButton` definition, which the schema does not describe. Used in `component`, `componentContainerContent`, `componentRowContent`.
#[derive(
    ::plain_webhooks::__private::serde::Deserialize,
    ::plain_webhooks::__private::serde::Serialize,
    Clone,
    Debug,
    PartialEq
)]
#[serde(crate = "::plain_webhooks::__private::serde")]
pub struct ComponentLinkButton {
    #[serde(rename = "linkButtonLabel")]
    pub link_button_label: ComponentLinkButtonLinkButtonLabel,
    #[serde(rename = "linkButtonUrl")]
    pub link_button_url: ::std::string::String,
}
///`ComponentLinkButtonLinkButtonLabel`
#[derive(
    ::plain_webhooks::__private::serde::Serialize,
    Clone,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd
)]
#[serde(transparent)]
#[serde(crate = "::plain_webhooks::__private::serde")]
pub struct ComponentLinkButtonLinkButtonLabel(::std::string::String);
impl ::std::ops::Deref for ComponentLinkButtonLinkButtonLabel {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<ComponentLinkButtonLinkButtonLabel> for ::std::string::String {
    fn from(value: ComponentLinkButtonLinkButtonLabel) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for ComponentLinkButtonLinkButtonLabel {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        if value.chars().count() > 500usize {
            return Err("longer than 500 characters".into());
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for ComponentLinkButtonLinkButtonLabel {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String>
for ComponentLinkButtonLinkButtonLabel {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::plain_webhooks::__private::serde::Deserialize<'de>
for ComponentLinkButtonLinkButtonLabel {
    fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
    where
        D: ::plain_webhooks::__private::serde::Deserializer<'de>,
    {
        ::std::string::String::deserialize(deserializer)?
            .parse()
            .map_err(|e: self::error::ConversionError| {
                <D::Error as ::plain_webhooks::__private::serde::de::Error>::custom(
                    e.to_string(),
                )
            })
    }
}
///Plain's `componentPlainText` definition, which the schema does not describe. Used in `component`, `componentContainerContent`, `componentRowContent`.
#[derive(
    ::plain_webhooks::__private::serde::Deserialize,
    ::plain_webhooks::__private::serde::Serialize,
    Clone,
    Debug,
    PartialEq
)]
#[serde(crate = "::plain_webhooks::__private::serde")]
pub struct ComponentPlainText {
    #[serde(rename = "plainText")]
    pub plain_text: ComponentPlainTextPlainText,
    #[serde(
        rename = "plainTextColor",
        deserialize_with = "::std::option::Option::deserialize"
    )]
    pub plain_text_color: ::std::option::Option<ComponentPlainTextColor>,
    #[serde(
        rename = "plainTextSize",
        deserialize_with = "::std::option::Option::deserialize"
    )]
    pub plain_text_size: ::std::option::Option<ComponentPlainTextSize>,
}
///Plain's `componentPlainTextColor` definition, which the schema does not describe. Used in `componentPlainText.plainTextColor`.
#[derive(
    ::plain_webhooks::__private::serde::Deserialize,
    ::plain_webhooks::__private::serde::Serialize,
    Clone,
    Copy,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd
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
impl ::std::fmt::Display for ComponentPlainTextColor {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::Normal => f.write_str("NORMAL"),
            Self::Muted => f.write_str("MUTED"),
            Self::Success => f.write_str("SUCCESS"),
            Self::Warning => f.write_str("WARNING"),
            Self::Error => f.write_str("ERROR"),
            Self::UnknownComponentPlainTextColor => {
                f.write_str("UNKNOWN_COMPONENT_PLAIN_TEXT_COLOR")
            }
        }
    }
}
impl ::std::str::FromStr for ComponentPlainTextColor {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        match value {
            "NORMAL" => Ok(Self::Normal),
            "MUTED" => Ok(Self::Muted),
            "SUCCESS" => Ok(Self::Success),
            "WARNING" => Ok(Self::Warning),
            "ERROR" => Ok(Self::Error),
            "UNKNOWN_COMPONENT_PLAIN_TEXT_COLOR" => {
                Ok(Self::UnknownComponentPlainTextColor)
            }
            _ => Err("invalid value".into()),
        }
    }
}
impl ::std::convert::TryFrom<&str> for ComponentPlainTextColor {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for ComponentPlainTextColor {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
///`ComponentPlainTextPlainText`
#[derive(
    ::plain_webhooks::__private::serde::Serialize,
    Clone,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd
)]
#[serde(transparent)]
#[serde(crate = "::plain_webhooks::__private::serde")]
pub struct ComponentPlainTextPlainText(::std::string::String);
impl ::std::ops::Deref for ComponentPlainTextPlainText {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<ComponentPlainTextPlainText> for ::std::string::String {
    fn from(value: ComponentPlainTextPlainText) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for ComponentPlainTextPlainText {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        if value.chars().count() > 5000usize {
            return Err("longer than 5000 characters".into());
        }
        if value.chars().count() < 1usize {
            return Err("shorter than 1 characters".into());
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for ComponentPlainTextPlainText {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for ComponentPlainTextPlainText {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::plain_webhooks::__private::serde::Deserialize<'de>
for ComponentPlainTextPlainText {
    fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
    where
        D: ::plain_webhooks::__private::serde::Deserializer<'de>,
    {
        ::std::string::String::deserialize(deserializer)?
            .parse()
            .map_err(|e: self::error::ConversionError| {
                <D::Error as ::plain_webhooks::__private::serde::de::Error>::custom(
                    e.to_string(),
                )
            })
    }
}
///Plain's `componentPlainTextSize` definition, which the schema does not describe. Used in `componentPlainText.plainTextSize`.
#[derive(
    ::plain_webhooks::__private::serde::Deserialize,
    ::plain_webhooks::__private::serde::Serialize,
    Clone,
    Copy,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd
)]
#[serde(crate = "::plain_webhooks::__private::serde")]
pub enum ComponentPlainTextSize {
    S,
    M,
    L,
    #[serde(rename = "UNKNOWN_COMPONENT_PLAIN_TEXT_SIZE")]
    UnknownComponentPlainTextSize,
}
impl ::std::fmt::Display for ComponentPlainTextSize {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::S => f.write_str("S"),
            Self::M => f.write_str("M"),
            Self::L => f.write_str("L"),
            Self::UnknownComponentPlainTextSize => {
                f.write_str("UNKNOWN_COMPONENT_PLAIN_TEXT_SIZE")
            }
        }
    }
}
impl ::std::str::FromStr for ComponentPlainTextSize {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        match value {
            "S" => Ok(Self::S),
            "M" => Ok(Self::M),
            "L" => Ok(Self::L),
            "UNKNOWN_COMPONENT_PLAIN_TEXT_SIZE" => {
                Ok(Self::UnknownComponentPlainTextSize)
            }
            _ => Err("invalid value".into()),
        }
    }
}
impl ::std::convert::TryFrom<&str> for ComponentPlainTextSize {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for ComponentPlainTextSize {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
///Plain's `componentRow` definition, which the schema does not describe. Used in `component`, `componentContainerContent`.
#[derive(
    ::plain_webhooks::__private::serde::Deserialize,
    ::plain_webhooks::__private::serde::Serialize,
    Clone,
    Debug,
    PartialEq
)]
#[serde(crate = "::plain_webhooks::__private::serde")]
pub struct ComponentRow {
    #[serde(rename = "rowAsideContent")]
    pub row_aside_content: ::std::vec::Vec<ComponentRowContent>,
    #[serde(rename = "rowMainContent")]
    pub row_main_content: ::std::vec::Vec<ComponentRowContent>,
}
///Plain's `componentSpacer` definition, which the schema does not describe. Used in `component`, `componentContainerContent`, `componentRowContent`.
#[derive(
    ::plain_webhooks::__private::serde::Deserialize,
    ::plain_webhooks::__private::serde::Serialize,
    Clone,
    Debug,
    PartialEq
)]
#[serde(crate = "::plain_webhooks::__private::serde")]
pub struct ComponentSpacer {
    #[serde(rename = "spacerSize")]
    pub spacer_size: ComponentSpacerSize,
}
///Plain's `componentSpacerSize` definition, which the schema does not describe. Used in `componentSpacer.spacerSize`.
#[derive(
    ::plain_webhooks::__private::serde::Deserialize,
    ::plain_webhooks::__private::serde::Serialize,
    Clone,
    Copy,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd
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
impl ::std::fmt::Display for ComponentSpacerSize {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::Xs => f.write_str("XS"),
            Self::S => f.write_str("S"),
            Self::M => f.write_str("M"),
            Self::L => f.write_str("L"),
            Self::Xl => f.write_str("XL"),
            Self::UnknownComponentSpacerSize => {
                f.write_str("UNKNOWN_COMPONENT_SPACER_SIZE")
            }
        }
    }
}
impl ::std::str::FromStr for ComponentSpacerSize {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        match value {
            "XS" => Ok(Self::Xs),
            "S" => Ok(Self::S),
            "M" => Ok(Self::M),
            "L" => Ok(Self::L),
            "XL" => Ok(Self::Xl),
            "UNKNOWN_COMPONENT_SPACER_SIZE" => Ok(Self::UnknownComponentSpacerSize),
            _ => Err("invalid value".into()),
        }
    }
}
impl ::std::convert::TryFrom<&str> for ComponentSpacerSize {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for ComponentSpacerSize {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
///Plain's `componentText` definition, which the schema does not describe. Used in `component`, `componentContainerContent`, `componentRowContent`.
#[derive(
    ::plain_webhooks::__private::serde::Deserialize,
    ::plain_webhooks::__private::serde::Serialize,
    Clone,
    Debug,
    PartialEq
)]
#[serde(crate = "::plain_webhooks::__private::serde")]
pub struct ComponentText {
    pub text: ComponentTextText,
    #[serde(
        rename = "textColor",
        deserialize_with = "::std::option::Option::deserialize"
    )]
    pub text_color: ::std::option::Option<ComponentTextColor>,
    #[serde(
        rename = "textSize",
        deserialize_with = "::std::option::Option::deserialize"
    )]
    pub text_size: ::std::option::Option<ComponentTextSize>,
}
///Plain's `componentTextColor` definition, which the schema does not describe. Used in `componentText.textColor`.
#[derive(
    ::plain_webhooks::__private::serde::Deserialize,
    ::plain_webhooks::__private::serde::Serialize,
    Clone,
    Copy,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd
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
impl ::std::fmt::Display for ComponentTextColor {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::Normal => f.write_str("NORMAL"),
            Self::Muted => f.write_str("MUTED"),
            Self::Success => f.write_str("SUCCESS"),
            Self::Warning => f.write_str("WARNING"),
            Self::Error => f.write_str("ERROR"),
            Self::UnknownComponentTextColor => {
                f.write_str("UNKNOWN_COMPONENT_TEXT_COLOR")
            }
        }
    }
}
impl ::std::str::FromStr for ComponentTextColor {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        match value {
            "NORMAL" => Ok(Self::Normal),
            "MUTED" => Ok(Self::Muted),
            "SUCCESS" => Ok(Self::Success),
            "WARNING" => Ok(Self::Warning),
            "ERROR" => Ok(Self::Error),
            "UNKNOWN_COMPONENT_TEXT_COLOR" => Ok(Self::UnknownComponentTextColor),
            _ => Err("invalid value".into()),
        }
    }
}
impl ::std::convert::TryFrom<&str> for ComponentTextColor {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for ComponentTextColor {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
///Plain's `componentTextSize` definition, which the schema does not describe. Used in `componentText.textSize`.
#[derive(
    ::plain_webhooks::__private::serde::Deserialize,
    ::plain_webhooks::__private::serde::Serialize,
    Clone,
    Copy,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd
)]
#[serde(crate = "::plain_webhooks::__private::serde")]
pub enum ComponentTextSize {
    S,
    M,
    L,
    #[serde(rename = "UNKNOWN_COMPONENT_TEXT_SIZE")]
    UnknownComponentTextSize,
}
impl ::std::fmt::Display for ComponentTextSize {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::S => f.write_str("S"),
            Self::M => f.write_str("M"),
            Self::L => f.write_str("L"),
            Self::UnknownComponentTextSize => f.write_str("UNKNOWN_COMPONENT_TEXT_SIZE"),
        }
    }
}
impl ::std::str::FromStr for ComponentTextSize {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        match value {
            "S" => Ok(Self::S),
            "M" => Ok(Self::M),
            "L" => Ok(Self::L),
            "UNKNOWN_COMPONENT_TEXT_SIZE" => Ok(Self::UnknownComponentTextSize),
            _ => Err("invalid value".into()),
        }
    }
}
impl ::std::convert::TryFrom<&str> for ComponentTextSize {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for ComponentTextSize {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
///`ComponentTextText`
#[derive(
    ::plain_webhooks::__private::serde::Serialize,
    Clone,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd
)]
#[serde(transparent)]
#[serde(crate = "::plain_webhooks::__private::serde")]
pub struct ComponentTextText(::std::string::String);
impl ::std::ops::Deref for ComponentTextText {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<ComponentTextText> for ::std::string::String {
    fn from(value: ComponentTextText) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for ComponentTextText {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        if value.chars().count() > 5000usize {
            return Err("longer than 5000 characters".into());
        }
        if value.chars().count() < 1usize {
            return Err("shorter than 1 characters".into());
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for ComponentTextText {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for ComponentTextText {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::plain_webhooks::__private::serde::Deserialize<'de> for ComponentTextText {
    fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
    where
        D: ::plain_webhooks::__private::serde::Deserializer<'de>,
    {
        ::std::string::String::deserialize(deserializer)?
            .parse()
            .map_err(|e: self::error::ConversionError| {
                <D::Error as ::plain_webhooks::__private::serde::de::Error>::custom(
                    e.to_string(),
                )
            })
    }
}
///Plain's `componentWorkflowButton` definition, which the schema does not describe. Used in `component`, `componentContainerContent`, `componentRowContent`.
#[derive(
    ::plain_webhooks::__private::serde::Deserialize,
    ::plain_webhooks::__private::serde::Serialize,
    Clone,
    Debug,
    PartialEq
)]
#[serde(crate = "::plain_webhooks::__private::serde")]
pub struct ComponentWorkflowButton {
    #[serde(rename = "workflowButtonLabel")]
    pub workflow_button_label: ComponentWorkflowButtonWorkflowButtonLabel,
    #[serde(rename = "workflowButtonWorkflowIdentifier")]
    pub workflow_button_workflow_identifier: ComponentWorkflowButtonWorkflowButtonWorkflowIdentifier,
}
///`ComponentWorkflowButtonWorkflowButtonLabel`
#[derive(
    ::plain_webhooks::__private::serde::Serialize,
    Clone,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd
)]
#[serde(transparent)]
#[serde(crate = "::plain_webhooks::__private::serde")]
pub struct ComponentWorkflowButtonWorkflowButtonLabel(::std::string::String);
impl ::std::ops::Deref for ComponentWorkflowButtonWorkflowButtonLabel {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<ComponentWorkflowButtonWorkflowButtonLabel>
for ::std::string::String {
    fn from(value: ComponentWorkflowButtonWorkflowButtonLabel) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for ComponentWorkflowButtonWorkflowButtonLabel {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        if value.chars().count() > 500usize {
            return Err("longer than 500 characters".into());
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for ComponentWorkflowButtonWorkflowButtonLabel {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String>
for ComponentWorkflowButtonWorkflowButtonLabel {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::plain_webhooks::__private::serde::Deserialize<'de>
for ComponentWorkflowButtonWorkflowButtonLabel {
    fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
    where
        D: ::plain_webhooks::__private::serde::Deserializer<'de>,
    {
        ::std::string::String::deserialize(deserializer)?
            .parse()
            .map_err(|e: self::error::ConversionError| {
                <D::Error as ::plain_webhooks::__private::serde::de::Error>::custom(
                    e.to_string(),
                )
            })
    }
}
///`ComponentWorkflowButtonWorkflowButtonWorkflowIdentifier`
#[derive(
    ::plain_webhooks::__private::serde::Deserialize,
    ::plain_webhooks::__private::serde::Serialize,
    Clone,
    Debug,
    Default,
    PartialEq
)]
#[serde(crate = "::plain_webhooks::__private::serde")]
pub struct ComponentWorkflowButtonWorkflowButtonWorkflowIdentifier {
    #[serde(
        rename = "workflowId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub workflow_id: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "workflowKey",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub workflow_key: ::std::option::Option<::std::string::String>,
}
///Plain's `customEntry` definition, which the schema does not describe. Used in `timelineEntryEntry`.
#[derive(
    ::plain_webhooks::__private::serde::Deserialize,
    ::plain_webhooks::__private::serde::Serialize,
    Clone,
    Debug,
    PartialEq
)]
#[serde(crate = "::plain_webhooks::__private::serde")]
pub struct CustomEntry {
    pub attachments: ::std::vec::Vec<CustomEntryAttachment>,
    pub components: ::std::vec::Vec<Component>,
    #[serde(
        rename = "externalId",
        deserialize_with = "::std::option::Option::deserialize"
    )]
    pub external_id: ::std::option::Option<CustomEntryExternalId>,
    pub title: CustomEntryTitle,
    #[serde(rename = "type", deserialize_with = "::std::option::Option::deserialize")]
    pub type_: ::std::option::Option<::std::string::String>,
}
///Plain's `customEntryAttachment` definition, which the schema does not describe. Used in `customEntry.attachments[]`.
#[derive(
    ::plain_webhooks::__private::serde::Deserialize,
    ::plain_webhooks::__private::serde::Serialize,
    Clone,
    Debug,
    PartialEq
)]
#[serde(crate = "::plain_webhooks::__private::serde")]
pub struct CustomEntryAttachment {
    #[serde(rename = "createdAt")]
    pub created_at: ::plain_webhooks::__private::chrono::DateTime<
        ::plain_webhooks::__private::chrono::offset::Utc,
    >,
    #[serde(rename = "createdBy")]
    pub created_by: Actor,
    #[serde(rename = "fileExtension")]
    pub file_extension: NullableString,
    #[serde(rename = "fileMimeType")]
    pub file_mime_type: AttachmentFileMimeType,
    #[serde(rename = "fileName")]
    pub file_name: AttachmentFileName,
    #[serde(rename = "fileSizeBytes")]
    pub file_size_bytes: AttachmentFileSizeBytes,
    pub id: Id,
    #[serde(rename = "type")]
    pub type_: CustomEntryAttachmentType,
    #[serde(rename = "updatedAt")]
    pub updated_at: ::plain_webhooks::__private::chrono::DateTime<
        ::plain_webhooks::__private::chrono::offset::Utc,
    >,
    #[serde(rename = "updatedBy")]
    pub updated_by: Actor,
}
///`CustomEntryAttachmentType`
#[derive(
    ::plain_webhooks::__private::serde::Deserialize,
    ::plain_webhooks::__private::serde::Serialize,
    Clone,
    Copy,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd
)]
#[serde(crate = "::plain_webhooks::__private::serde")]
pub enum CustomEntryAttachmentType {
    #[serde(rename = "CUSTOM_TIMELINE_ENTRY")]
    CustomTimelineEntry,
}
impl ::std::fmt::Display for CustomEntryAttachmentType {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::CustomTimelineEntry => f.write_str("CUSTOM_TIMELINE_ENTRY"),
        }
    }
}
impl ::std::str::FromStr for CustomEntryAttachmentType {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        match value {
            "CUSTOM_TIMELINE_ENTRY" => Ok(Self::CustomTimelineEntry),
            _ => Err("invalid value".into()),
        }
    }
}
impl ::std::convert::TryFrom<&str> for CustomEntryAttachmentType {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for CustomEntryAttachmentType {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
///`CustomEntryExternalId`
#[derive(
    ::plain_webhooks::__private::serde::Serialize,
    Clone,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd
)]
#[serde(transparent)]
#[serde(crate = "::plain_webhooks::__private::serde")]
pub struct CustomEntryExternalId(::std::string::String);
impl ::std::ops::Deref for CustomEntryExternalId {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<CustomEntryExternalId> for ::std::string::String {
    fn from(value: CustomEntryExternalId) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for CustomEntryExternalId {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        if value.chars().count() > 500usize {
            return Err("longer than 500 characters".into());
        }
        if value.chars().count() < 1usize {
            return Err("shorter than 1 characters".into());
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for CustomEntryExternalId {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for CustomEntryExternalId {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::plain_webhooks::__private::serde::Deserialize<'de>
for CustomEntryExternalId {
    fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
    where
        D: ::plain_webhooks::__private::serde::Deserializer<'de>,
    {
        ::std::string::String::deserialize(deserializer)?
            .parse()
            .map_err(|e: self::error::ConversionError| {
                <D::Error as ::plain_webhooks::__private::serde::de::Error>::custom(
                    e.to_string(),
                )
            })
    }
}
///`CustomEntryTitle`
#[derive(
    ::plain_webhooks::__private::serde::Serialize,
    Clone,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd
)]
#[serde(transparent)]
#[serde(crate = "::plain_webhooks::__private::serde")]
pub struct CustomEntryTitle(::std::string::String);
impl ::std::ops::Deref for CustomEntryTitle {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<CustomEntryTitle> for ::std::string::String {
    fn from(value: CustomEntryTitle) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for CustomEntryTitle {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        if value.chars().count() > 500usize {
            return Err("longer than 500 characters".into());
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for CustomEntryTitle {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for CustomEntryTitle {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::plain_webhooks::__private::serde::Deserialize<'de> for CustomEntryTitle {
    fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
    where
        D: ::plain_webhooks::__private::serde::Deserializer<'de>,
    {
        ::std::string::String::deserialize(deserializer)?
            .parse()
            .map_err(|e: self::error::ConversionError| {
                <D::Error as ::plain_webhooks::__private::serde::de::Error>::custom(
                    e.to_string(),
                )
            })
    }
}
///Plain's `customer` definition, which the schema does not describe. Used in `customerChangedPayload.customer`, `customerChangedPayload.previousCustomer`, `customerCreatedPublicEventPayload.customer`, `customerDeletedPublicEventPayload.previousCustomer` and 5 more.
#[derive(
    ::plain_webhooks::__private::serde::Deserialize,
    ::plain_webhooks::__private::serde::Serialize,
    Clone,
    Debug,
    PartialEq
)]
#[serde(crate = "::plain_webhooks::__private::serde")]
pub struct Customer {
    #[serde(rename = "createdAt")]
    pub created_at: ::plain_webhooks::__private::chrono::DateTime<
        ::plain_webhooks::__private::chrono::offset::Utc,
    >,
    #[serde(rename = "createdBy")]
    pub created_by: Actor,
    #[serde(rename = "customerGroupMemberships")]
    pub customer_group_memberships: ::std::vec::Vec<CustomerGroupMembership>,
    pub email: CustomerEmail,
    #[serde(
        rename = "externalId",
        deserialize_with = "::std::option::Option::deserialize"
    )]
    pub external_id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "fullName")]
    pub full_name: ::std::string::String,
    pub id: Id,
    #[serde(
        rename = "markedAsSpamAt",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub marked_as_spam_at: ::std::option::Option<
        ::plain_webhooks::__private::chrono::DateTime<
            ::plain_webhooks::__private::chrono::offset::Utc,
        >,
    >,
    #[serde(
        rename = "markedAsSpamBy",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub marked_as_spam_by: ::std::option::Option<InternalActor>,
    #[serde(
        rename = "shortName",
        deserialize_with = "::std::option::Option::deserialize"
    )]
    pub short_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "updatedAt")]
    pub updated_at: ::plain_webhooks::__private::chrono::DateTime<
        ::plain_webhooks::__private::chrono::offset::Utc,
    >,
    #[serde(rename = "updatedBy")]
    pub updated_by: Actor,
}
///Plain's `customerActor` definition, which the schema does not describe. Used in `actor`, `emailActor`.
#[derive(
    ::plain_webhooks::__private::serde::Deserialize,
    ::plain_webhooks::__private::serde::Serialize,
    Clone,
    Debug,
    PartialEq
)]
#[serde(crate = "::plain_webhooks::__private::serde")]
pub struct CustomerActor {
    #[serde(rename = "customerId")]
    pub customer_id: Id,
}
///A customer has been created or updated
#[derive(
    ::plain_webhooks::__private::serde::Deserialize,
    ::plain_webhooks::__private::serde::Serialize,
    Clone,
    Debug,
    PartialEq
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
        deserialize_with = "::std::option::Option::deserialize"
    )]
    pub previous_customer: ::std::option::Option<Customer>,
}
///`CustomerChangedPayloadChangeType`
#[derive(
    ::plain_webhooks::__private::serde::Deserialize,
    ::plain_webhooks::__private::serde::Serialize,
    Clone,
    Copy,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd
)]
#[serde(crate = "::plain_webhooks::__private::serde")]
pub enum CustomerChangedPayloadChangeType {
    #[serde(rename = "ADDED")]
    Added,
    #[serde(rename = "UPDATED")]
    Updated,
}
impl ::std::fmt::Display for CustomerChangedPayloadChangeType {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::Added => f.write_str("ADDED"),
            Self::Updated => f.write_str("UPDATED"),
        }
    }
}
impl ::std::str::FromStr for CustomerChangedPayloadChangeType {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        match value {
            "ADDED" => Ok(Self::Added),
            "UPDATED" => Ok(Self::Updated),
            _ => Err("invalid value".into()),
        }
    }
}
impl ::std::convert::TryFrom<&str> for CustomerChangedPayloadChangeType {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String>
for CustomerChangedPayloadChangeType {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
///`CustomerChangedPayloadEventType`
#[derive(
    ::plain_webhooks::__private::serde::Deserialize,
    ::plain_webhooks::__private::serde::Serialize,
    Clone,
    Copy,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd
)]
#[serde(crate = "::plain_webhooks::__private::serde")]
pub enum CustomerChangedPayloadEventType {
    #[serde(rename = "customer.customer_changed")]
    CustomerCustomerChanged,
}
impl ::std::fmt::Display for CustomerChangedPayloadEventType {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::CustomerCustomerChanged => f.write_str("customer.customer_changed"),
        }
    }
}
impl ::std::str::FromStr for CustomerChangedPayloadEventType {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        match value {
            "customer.customer_changed" => Ok(Self::CustomerCustomerChanged),
            _ => Err("invalid value".into()),
        }
    }
}
impl ::std::convert::TryFrom<&str> for CustomerChangedPayloadEventType {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for CustomerChangedPayloadEventType {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
///A customer has been created
#[derive(
    ::plain_webhooks::__private::serde::Deserialize,
    ::plain_webhooks::__private::serde::Serialize,
    Clone,
    Debug,
    PartialEq
)]
#[serde(crate = "::plain_webhooks::__private::serde")]
pub struct CustomerCreatedPublicEventPayload {
    pub customer: Customer,
    #[serde(rename = "eventType")]
    pub event_type: CustomerCreatedPublicEventPayloadEventType,
}
///`CustomerCreatedPublicEventPayloadEventType`
#[derive(
    ::plain_webhooks::__private::serde::Deserialize,
    ::plain_webhooks::__private::serde::Serialize,
    Clone,
    Copy,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd
)]
#[serde(crate = "::plain_webhooks::__private::serde")]
pub enum CustomerCreatedPublicEventPayloadEventType {
    #[serde(rename = "customer.customer_created")]
    CustomerCustomerCreated,
}
impl ::std::fmt::Display for CustomerCreatedPublicEventPayloadEventType {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::CustomerCustomerCreated => f.write_str("customer.customer_created"),
        }
    }
}
impl ::std::str::FromStr for CustomerCreatedPublicEventPayloadEventType {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        match value {
            "customer.customer_created" => Ok(Self::CustomerCustomerCreated),
            _ => Err("invalid value".into()),
        }
    }
}
impl ::std::convert::TryFrom<&str> for CustomerCreatedPublicEventPayloadEventType {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String>
for CustomerCreatedPublicEventPayloadEventType {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
///A customer has been deleted
#[derive(
    ::plain_webhooks::__private::serde::Deserialize,
    ::plain_webhooks::__private::serde::Serialize,
    Clone,
    Debug,
    PartialEq
)]
#[serde(crate = "::plain_webhooks::__private::serde")]
pub struct CustomerDeletedPublicEventPayload {
    #[serde(rename = "eventType")]
    pub event_type: CustomerDeletedPublicEventPayloadEventType,
    #[serde(rename = "previousCustomer")]
    pub previous_customer: Customer,
}
///`CustomerDeletedPublicEventPayloadEventType`
#[derive(
    ::plain_webhooks::__private::serde::Deserialize,
    ::plain_webhooks::__private::serde::Serialize,
    Clone,
    Copy,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd
)]
#[serde(crate = "::plain_webhooks::__private::serde")]
pub enum CustomerDeletedPublicEventPayloadEventType {
    #[serde(rename = "customer.customer_deleted")]
    CustomerCustomerDeleted,
}
impl ::std::fmt::Display for CustomerDeletedPublicEventPayloadEventType {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::CustomerCustomerDeleted => f.write_str("customer.customer_deleted"),
        }
    }
}
impl ::std::str::FromStr for CustomerDeletedPublicEventPayloadEventType {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        match value {
            "customer.customer_deleted" => Ok(Self::CustomerCustomerDeleted),
            _ => Err("invalid value".into()),
        }
    }
}
impl ::std::convert::TryFrom<&str> for CustomerDeletedPublicEventPayloadEventType {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String>
for CustomerDeletedPublicEventPayloadEventType {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
///`CustomerEmail`
#[derive(
    ::plain_webhooks::__private::serde::Deserialize,
    ::plain_webhooks::__private::serde::Serialize,
    Clone,
    Debug,
    PartialEq
)]
#[serde(crate = "::plain_webhooks::__private::serde")]
pub struct CustomerEmail {
    pub email: EmailAddress,
    #[serde(rename = "isVerified")]
    pub is_verified: bool,
    #[serde(
        rename = "verifiedAt",
        deserialize_with = "::std::option::Option::deserialize"
    )]
    pub verified_at: ::std::option::Option<
        ::plain_webhooks::__private::chrono::DateTime<
            ::plain_webhooks::__private::chrono::offset::Utc,
        >,
    >,
}
///Plain's `customerGroup` definition, which the schema does not describe. Used in `customerGroupChangedPayloadAdded.customerGroup`, `customerGroupChangedPayloadRemoved.previousCustomerGroup`, `customerGroupChangedPayloadUpdated.customerGroup`, `customerGroupChangedPayloadUpdated.previousCustomerGroup` and 1 more.
#[derive(
    ::plain_webhooks::__private::serde::Deserialize,
    ::plain_webhooks::__private::serde::Serialize,
    Clone,
    Debug,
    PartialEq
)]
#[serde(crate = "::plain_webhooks::__private::serde")]
pub struct CustomerGroup {
    pub color: CustomerGroupColor,
    #[serde(rename = "createdAt")]
    pub created_at: ::plain_webhooks::__private::chrono::DateTime<
        ::plain_webhooks::__private::chrono::offset::Utc,
    >,
    #[serde(rename = "createdBy")]
    pub created_by: InternalActor,
    pub id: Id,
    pub key: CustomerGroupKey,
    pub name: CustomerGroupName,
    #[serde(rename = "updatedAt")]
    pub updated_at: ::plain_webhooks::__private::chrono::DateTime<
        ::plain_webhooks::__private::chrono::offset::Utc,
    >,
    #[serde(rename = "updatedBy")]
    pub updated_by: InternalActor,
    #[serde(rename = "workspaceId")]
    pub workspace_id: Id,
}
///Plain's `customerGroupChangedPayloadAdded` definition, which the schema does not describe. Used in `customerGroupChangedPayload`.
#[derive(
    ::plain_webhooks::__private::serde::Deserialize,
    ::plain_webhooks::__private::serde::Serialize,
    Clone,
    Debug,
    PartialEq
)]
#[serde(crate = "::plain_webhooks::__private::serde")]
pub struct CustomerGroupChangedPayloadAdded {
    #[serde(rename = "customerGroup")]
    pub customer_group: CustomerGroup,
    #[serde(rename = "eventType")]
    pub event_type: CustomerGroupChangedPayloadAddedEventType,
}
///`CustomerGroupChangedPayloadAddedEventType`
#[derive(
    ::plain_webhooks::__private::serde::Deserialize,
    ::plain_webhooks::__private::serde::Serialize,
    Clone,
    Copy,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd
)]
#[serde(crate = "::plain_webhooks::__private::serde")]
pub enum CustomerGroupChangedPayloadAddedEventType {
    #[serde(rename = "customer.customer_group_changed")]
    CustomerCustomerGroupChanged,
}
impl ::std::fmt::Display for CustomerGroupChangedPayloadAddedEventType {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::CustomerCustomerGroupChanged => {
                f.write_str("customer.customer_group_changed")
            }
        }
    }
}
impl ::std::str::FromStr for CustomerGroupChangedPayloadAddedEventType {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        match value {
            "customer.customer_group_changed" => Ok(Self::CustomerCustomerGroupChanged),
            _ => Err("invalid value".into()),
        }
    }
}
impl ::std::convert::TryFrom<&str> for CustomerGroupChangedPayloadAddedEventType {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String>
for CustomerGroupChangedPayloadAddedEventType {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
///Plain's `customerGroupChangedPayloadRemoved` definition, which the schema does not describe. Used in `customerGroupChangedPayload`.
#[derive(
    ::plain_webhooks::__private::serde::Deserialize,
    ::plain_webhooks::__private::serde::Serialize,
    Clone,
    Debug,
    PartialEq
)]
#[serde(crate = "::plain_webhooks::__private::serde")]
pub struct CustomerGroupChangedPayloadRemoved {
    #[serde(rename = "eventType")]
    pub event_type: CustomerGroupChangedPayloadRemovedEventType,
    #[serde(rename = "previousCustomerGroup")]
    pub previous_customer_group: CustomerGroup,
}
///`CustomerGroupChangedPayloadRemovedEventType`
#[derive(
    ::plain_webhooks::__private::serde::Deserialize,
    ::plain_webhooks::__private::serde::Serialize,
    Clone,
    Copy,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd
)]
#[serde(crate = "::plain_webhooks::__private::serde")]
pub enum CustomerGroupChangedPayloadRemovedEventType {
    #[serde(rename = "customer.customer_group_changed")]
    CustomerCustomerGroupChanged,
}
impl ::std::fmt::Display for CustomerGroupChangedPayloadRemovedEventType {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::CustomerCustomerGroupChanged => {
                f.write_str("customer.customer_group_changed")
            }
        }
    }
}
impl ::std::str::FromStr for CustomerGroupChangedPayloadRemovedEventType {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        match value {
            "customer.customer_group_changed" => Ok(Self::CustomerCustomerGroupChanged),
            _ => Err("invalid value".into()),
        }
    }
}
impl ::std::convert::TryFrom<&str> for CustomerGroupChangedPayloadRemovedEventType {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String>
for CustomerGroupChangedPayloadRemovedEventType {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
///Plain's `customerGroupChangedPayloadUpdated` definition, which the schema does not describe. Used in `customerGroupChangedPayload`.
#[derive(
    ::plain_webhooks::__private::serde::Deserialize,
    ::plain_webhooks::__private::serde::Serialize,
    Clone,
    Debug,
    PartialEq
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
///`CustomerGroupChangedPayloadUpdatedEventType`
#[derive(
    ::plain_webhooks::__private::serde::Deserialize,
    ::plain_webhooks::__private::serde::Serialize,
    Clone,
    Copy,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd
)]
#[serde(crate = "::plain_webhooks::__private::serde")]
pub enum CustomerGroupChangedPayloadUpdatedEventType {
    #[serde(rename = "customer.customer_group_changed")]
    CustomerCustomerGroupChanged,
}
impl ::std::fmt::Display for CustomerGroupChangedPayloadUpdatedEventType {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::CustomerCustomerGroupChanged => {
                f.write_str("customer.customer_group_changed")
            }
        }
    }
}
impl ::std::str::FromStr for CustomerGroupChangedPayloadUpdatedEventType {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        match value {
            "customer.customer_group_changed" => Ok(Self::CustomerCustomerGroupChanged),
            _ => Err("invalid value".into()),
        }
    }
}
impl ::std::convert::TryFrom<&str> for CustomerGroupChangedPayloadUpdatedEventType {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String>
for CustomerGroupChangedPayloadUpdatedEventType {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
///`CustomerGroupColor`
#[derive(
    ::plain_webhooks::__private::serde::Serialize,
    Clone,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd
)]
#[serde(transparent)]
#[serde(crate = "::plain_webhooks::__private::serde")]
pub struct CustomerGroupColor(::std::string::String);
impl ::std::ops::Deref for CustomerGroupColor {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<CustomerGroupColor> for ::std::string::String {
    fn from(value: CustomerGroupColor) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for CustomerGroupColor {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        static PATTERN: ::std::sync::LazyLock<
            ::plain_webhooks::__private::regress::Regex,
        > = ::std::sync::LazyLock::new(|| {
            ::plain_webhooks::__private::regress::Regex::new(
                    "^#([a-fA-F0-9]{3,4}|[a-fA-F0-9]{4}(?:[a-fA-F0-9]{2}){1,2})$",
                )
                .unwrap()
        });
        if PATTERN.find(value).is_none() {
            return Err(
                "doesn't match pattern \"^#([a-fA-F0-9]{3,4}|[a-fA-F0-9]{4}(?:[a-fA-F0-9]{2}){1,2})$\""
                    .into(),
            );
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for CustomerGroupColor {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for CustomerGroupColor {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::plain_webhooks::__private::serde::Deserialize<'de> for CustomerGroupColor {
    fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
    where
        D: ::plain_webhooks::__private::serde::Deserializer<'de>,
    {
        ::std::string::String::deserialize(deserializer)?
            .parse()
            .map_err(|e: self::error::ConversionError| {
                <D::Error as ::plain_webhooks::__private::serde::de::Error>::custom(
                    e.to_string(),
                )
            })
    }
}
///`CustomerGroupKey`
#[derive(
    ::plain_webhooks::__private::serde::Serialize,
    Clone,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd
)]
#[serde(transparent)]
#[serde(crate = "::plain_webhooks::__private::serde")]
pub struct CustomerGroupKey(::std::string::String);
impl ::std::ops::Deref for CustomerGroupKey {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<CustomerGroupKey> for ::std::string::String {
    fn from(value: CustomerGroupKey) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for CustomerGroupKey {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        if value.chars().count() > 50usize {
            return Err("longer than 50 characters".into());
        }
        if value.chars().count() < 1usize {
            return Err("shorter than 1 characters".into());
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for CustomerGroupKey {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for CustomerGroupKey {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::plain_webhooks::__private::serde::Deserialize<'de> for CustomerGroupKey {
    fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
    where
        D: ::plain_webhooks::__private::serde::Deserializer<'de>,
    {
        ::std::string::String::deserialize(deserializer)?
            .parse()
            .map_err(|e: self::error::ConversionError| {
                <D::Error as ::plain_webhooks::__private::serde::de::Error>::custom(
                    e.to_string(),
                )
            })
    }
}
///Plain's `customerGroupMembership` definition, which the schema does not describe. Used in `customer.customerGroupMemberships[]`.
#[derive(
    ::plain_webhooks::__private::serde::Deserialize,
    ::plain_webhooks::__private::serde::Serialize,
    Clone,
    Debug,
    PartialEq
)]
#[serde(crate = "::plain_webhooks::__private::serde")]
pub struct CustomerGroupMembership {
    #[serde(rename = "createdAt")]
    pub created_at: ::plain_webhooks::__private::chrono::DateTime<
        ::plain_webhooks::__private::chrono::offset::Utc,
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
        ::plain_webhooks::__private::chrono::offset::Utc,
    >,
    #[serde(rename = "updatedBy")]
    pub updated_by: InternalActor,
    #[serde(rename = "workspaceId")]
    pub workspace_id: Id,
}
///Plain's `customerGroupMembershipsChangedPayload` definition, which the schema does not describe. Used in `webhook.payload`.
#[derive(
    ::plain_webhooks::__private::serde::Deserialize,
    ::plain_webhooks::__private::serde::Serialize,
    Clone,
    Debug,
    PartialEq
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
///`CustomerGroupMembershipsChangedPayloadChangeType`
#[derive(
    ::plain_webhooks::__private::serde::Deserialize,
    ::plain_webhooks::__private::serde::Serialize,
    Clone,
    Copy,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd
)]
#[serde(crate = "::plain_webhooks::__private::serde")]
pub enum CustomerGroupMembershipsChangedPayloadChangeType {
    #[serde(rename = "ADDED")]
    Added,
    #[serde(rename = "REMOVED")]
    Removed,
}
impl ::std::fmt::Display for CustomerGroupMembershipsChangedPayloadChangeType {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::Added => f.write_str("ADDED"),
            Self::Removed => f.write_str("REMOVED"),
        }
    }
}
impl ::std::str::FromStr for CustomerGroupMembershipsChangedPayloadChangeType {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        match value {
            "ADDED" => Ok(Self::Added),
            "REMOVED" => Ok(Self::Removed),
            _ => Err("invalid value".into()),
        }
    }
}
impl ::std::convert::TryFrom<&str> for CustomerGroupMembershipsChangedPayloadChangeType {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String>
for CustomerGroupMembershipsChangedPayloadChangeType {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
///`CustomerGroupMembershipsChangedPayloadEventType`
#[derive(
    ::plain_webhooks::__private::serde::Deserialize,
    ::plain_webhooks::__private::serde::Serialize,
    Clone,
    Copy,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd
)]
#[serde(crate = "::plain_webhooks::__private::serde")]
pub enum CustomerGroupMembershipsChangedPayloadEventType {
    #[serde(rename = "customer.customer_group_memberships_changed")]
    CustomerCustomerGroupMembershipsChanged,
}
impl ::std::fmt::Display for CustomerGroupMembershipsChangedPayloadEventType {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::CustomerCustomerGroupMembershipsChanged => {
                f.write_str("customer.customer_group_memberships_changed")
            }
        }
    }
}
impl ::std::str::FromStr for CustomerGroupMembershipsChangedPayloadEventType {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        match value {
            "customer.customer_group_memberships_changed" => {
                Ok(Self::CustomerCustomerGroupMembershipsChanged)
            }
            _ => Err("invalid value".into()),
        }
    }
}
impl ::std::convert::TryFrom<&str> for CustomerGroupMembershipsChangedPayloadEventType {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String>
for CustomerGroupMembershipsChangedPayloadEventType {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
///`CustomerGroupName`
#[derive(
    ::plain_webhooks::__private::serde::Serialize,
    Clone,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd
)]
#[serde(transparent)]
#[serde(crate = "::plain_webhooks::__private::serde")]
pub struct CustomerGroupName(::std::string::String);
impl ::std::ops::Deref for CustomerGroupName {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<CustomerGroupName> for ::std::string::String {
    fn from(value: CustomerGroupName) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for CustomerGroupName {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        if value.chars().count() > 500usize {
            return Err("longer than 500 characters".into());
        }
        if value.chars().count() < 1usize {
            return Err("shorter than 1 characters".into());
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for CustomerGroupName {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for CustomerGroupName {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::plain_webhooks::__private::serde::Deserialize<'de> for CustomerGroupName {
    fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
    where
        D: ::plain_webhooks::__private::serde::Deserializer<'de>,
    {
        ::std::string::String::deserialize(deserializer)?
            .parse()
            .map_err(|e: self::error::ConversionError| {
                <D::Error as ::plain_webhooks::__private::serde::de::Error>::custom(
                    e.to_string(),
                )
            })
    }
}
///A customer has been updated
#[derive(
    ::plain_webhooks::__private::serde::Deserialize,
    ::plain_webhooks::__private::serde::Serialize,
    Clone,
    Debug,
    PartialEq
)]
#[serde(crate = "::plain_webhooks::__private::serde")]
pub struct CustomerUpdatedPublicEventPayload {
    pub customer: Customer,
    #[serde(rename = "eventType")]
    pub event_type: CustomerUpdatedPublicEventPayloadEventType,
    #[serde(rename = "previousCustomer")]
    pub previous_customer: Customer,
}
///`CustomerUpdatedPublicEventPayloadEventType`
#[derive(
    ::plain_webhooks::__private::serde::Deserialize,
    ::plain_webhooks::__private::serde::Serialize,
    Clone,
    Copy,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd
)]
#[serde(crate = "::plain_webhooks::__private::serde")]
pub enum CustomerUpdatedPublicEventPayloadEventType {
    #[serde(rename = "customer.customer_updated")]
    CustomerCustomerUpdated,
}
impl ::std::fmt::Display for CustomerUpdatedPublicEventPayloadEventType {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::CustomerCustomerUpdated => f.write_str("customer.customer_updated"),
        }
    }
}
impl ::std::str::FromStr for CustomerUpdatedPublicEventPayloadEventType {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        match value {
            "customer.customer_updated" => Ok(Self::CustomerCustomerUpdated),
            _ => Err("invalid value".into()),
        }
    }
}
impl ::std::convert::TryFrom<&str> for CustomerUpdatedPublicEventPayloadEventType {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String>
for CustomerUpdatedPublicEventPayloadEventType {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
///Plain's `discordMessage` definition, which the schema does not describe. Used in `threadDiscordMessageReceivedEventPayload.discordMessage`, `threadDiscordMessageSentEventPayload.discordMessage`, `threadDiscordMessageUpdatedEventPayload.discordMessage`.
#[derive(
    ::plain_webhooks::__private::serde::Deserialize,
    ::plain_webhooks::__private::serde::Serialize,
    Clone,
    Debug,
    PartialEq
)]
#[serde(crate = "::plain_webhooks::__private::serde")]
pub struct DiscordMessage {
    #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
    pub attachments: ::std::vec::Vec<Attachment>,
    #[serde(rename = "createdAt")]
    pub created_at: ::plain_webhooks::__private::chrono::DateTime<
        ::plain_webhooks::__private::chrono::offset::Utc,
    >,
    #[serde(rename = "createdBy")]
    pub created_by: Actor,
    #[serde(
        rename = "deletedOnDiscordAt",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub deleted_on_discord_at: ::std::option::Option<
        ::plain_webhooks::__private::chrono::DateTime<
            ::plain_webhooks::__private::chrono::offset::Utc,
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
        ::plain_webhooks::__private::chrono::offset::Utc,
    >,
    pub id: Id,
    #[serde(
        rename = "lastEditedOnDiscordAt",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub last_edited_on_discord_at: ::std::option::Option<
        ::plain_webhooks::__private::chrono::DateTime<
            ::plain_webhooks::__private::chrono::offset::Utc,
        >,
    >,
    #[serde(rename = "textContent")]
    pub text_content: ::std::string::String,
    #[serde(rename = "timelineEntryId")]
    pub timeline_entry_id: Id,
    #[serde(rename = "updatedAt")]
    pub updated_at: ::plain_webhooks::__private::chrono::DateTime<
        ::plain_webhooks::__private::chrono::offset::Utc,
    >,
    #[serde(rename = "updatedBy")]
    pub updated_by: Actor,
}
///Plain's `email` definition, which the schema does not describe. Used in `threadEmailReceivedPublicEventPayload.email`, `threadEmailSentPublicEventPayload.email`.
#[derive(
    ::plain_webhooks::__private::serde::Deserialize,
    ::plain_webhooks::__private::serde::Serialize,
    Clone,
    Debug,
    PartialEq
)]
#[serde(crate = "::plain_webhooks::__private::serde")]
pub struct Email {
    #[serde(rename = "additionalRecipients")]
    pub additional_recipients: ::std::vec::Vec<EmailParticipant>,
    pub attachments: ::std::vec::Vec<Attachment>,
    pub authenticity: EmailAuthenticity,
    #[serde(rename = "createdAt")]
    pub created_at: ::plain_webhooks::__private::chrono::DateTime<
        ::plain_webhooks::__private::chrono::offset::Utc,
    >,
    #[serde(rename = "createdBy")]
    pub created_by: Actor,
    pub from: EmailParticipant,
    #[serde(rename = "hiddenRecipients")]
    pub hidden_recipients: ::std::vec::Vec<EmailParticipant>,
    pub id: Id,
    #[serde(
        rename = "inReplyToEmailId",
        deserialize_with = "::std::option::Option::deserialize"
    )]
    pub in_reply_to_email_id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "isStartOfThread")]
    pub is_start_of_thread: bool,
    #[serde(
        rename = "markdownContent",
        deserialize_with = "::std::option::Option::deserialize"
    )]
    pub markdown_content: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "receivedAt",
        deserialize_with = "::std::option::Option::deserialize"
    )]
    pub received_at: ::std::option::Option<
        ::plain_webhooks::__private::chrono::DateTime<
            ::plain_webhooks::__private::chrono::offset::Utc,
        >,
    >,
    #[serde(rename = "replyTo", deserialize_with = "::std::option::Option::deserialize")]
    pub reply_to: ::std::option::Option<::std::string::String>,
    #[serde(rename = "sentAt", deserialize_with = "::std::option::Option::deserialize")]
    pub sent_at: ::std::option::Option<
        ::plain_webhooks::__private::chrono::DateTime<
            ::plain_webhooks::__private::chrono::offset::Utc,
        >,
    >,
    #[serde(deserialize_with = "::std::option::Option::deserialize")]
    pub subject: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "textContent",
        deserialize_with = "::std::option::Option::deserialize"
    )]
    pub text_content: ::std::option::Option<::std::string::String>,
    #[serde(rename = "timelineEntryId")]
    pub timeline_entry_id: Id,
    pub to: EmailParticipant,
    #[serde(rename = "updatedAt")]
    pub updated_at: ::plain_webhooks::__private::chrono::DateTime<
        ::plain_webhooks::__private::chrono::offset::Utc,
    >,
    #[serde(rename = "updatedBy")]
    pub updated_by: Actor,
}
///Plain's `emailActorDeletedCustomer` definition, which the schema does not describe. Used in `emailActor`.
#[derive(
    ::plain_webhooks::__private::serde::Deserialize,
    ::plain_webhooks::__private::serde::Serialize,
    Clone,
    Debug,
    PartialEq
)]
#[serde(crate = "::plain_webhooks::__private::serde")]
pub struct EmailActorDeletedCustomer {
    #[serde(rename = "customerId")]
    pub customer_id: Id,
}
///Plain's `emailActorSupportEmailAddress` definition, which the schema does not describe. Used in `emailActor`.
#[derive(
    ::plain_webhooks::__private::serde::Deserialize,
    ::plain_webhooks::__private::serde::Serialize,
    Clone,
    Debug,
    PartialEq
)]
#[serde(crate = "::plain_webhooks::__private::serde")]
pub struct EmailActorSupportEmailAddress {
    #[serde(rename = "supportEmailAddress")]
    pub support_email_address: ::std::string::String,
}
///Plain's `emailAddress` definition, which the schema does not describe. Used in `customer.email.email`, `user.email`.
#[derive(
    ::plain_webhooks::__private::serde::Serialize,
    Clone,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd
)]
#[serde(transparent)]
#[serde(crate = "::plain_webhooks::__private::serde")]
pub struct EmailAddress(::std::string::String);
impl ::std::ops::Deref for EmailAddress {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<EmailAddress> for ::std::string::String {
    fn from(value: EmailAddress) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for EmailAddress {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        static PATTERN: ::std::sync::LazyLock<
            ::plain_webhooks::__private::regress::Regex,
        > = ::std::sync::LazyLock::new(|| {
            ::plain_webhooks::__private::regress::Regex::new(
                    "^(([^<>()[\\]\\\\.,;:\\s@\"]+(\\.[^<>()[\\]\\\\.,;:\\s@\"]+)*)|(\".+\"))@((\\[[0-9]{1,3}\\.[0-9]{1,3}\\.[0-9]{1,3}\\.[0-9]{1,3}\\])|([^-]([a-zA-Z0-9-]*\\.)+[a-zA-Z]{2,}))$",
                )
                .unwrap()
        });
        if PATTERN.find(value).is_none() {
            return Err(
                "doesn't match pattern \"^(([^<>()[\\]\\\\.,;:\\s@\"]+(\\.[^<>()[\\]\\\\.,;:\\s@\"]+)*)|(\".+\"))@((\\[[0-9]{1,3}\\.[0-9]{1,3}\\.[0-9]{1,3}\\.[0-9]{1,3}\\])|([^-]([a-zA-Z0-9-]*\\.)+[a-zA-Z]{2,}))$\""
                    .into(),
            );
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for EmailAddress {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for EmailAddress {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::plain_webhooks::__private::serde::Deserialize<'de> for EmailAddress {
    fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
    where
        D: ::plain_webhooks::__private::serde::Deserializer<'de>,
    {
        ::std::string::String::deserialize(deserializer)?
            .parse()
            .map_err(|e: self::error::ConversionError| {
                <D::Error as ::plain_webhooks::__private::serde::de::Error>::custom(
                    e.to_string(),
                )
            })
    }
}
///Plain's `emailAuthenticity` definition, which the schema does not describe. Used in `email.authenticity`, `emailEntry.authenticity`.
#[derive(
    ::plain_webhooks::__private::serde::Deserialize,
    ::plain_webhooks::__private::serde::Serialize,
    Clone,
    Copy,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd
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
impl ::std::fmt::Display for EmailAuthenticity {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::Pass => f.write_str("PASS"),
            Self::Fail => f.write_str("FAIL"),
            Self::Unknown => f.write_str("UNKNOWN"),
            Self::UnknownEmailAuthenticity => f.write_str("UNKNOWN_EMAIL_AUTHENTICITY"),
        }
    }
}
impl ::std::str::FromStr for EmailAuthenticity {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        match value {
            "PASS" => Ok(Self::Pass),
            "FAIL" => Ok(Self::Fail),
            "UNKNOWN" => Ok(Self::Unknown),
            "UNKNOWN_EMAIL_AUTHENTICITY" => Ok(Self::UnknownEmailAuthenticity),
            _ => Err("invalid value".into()),
        }
    }
}
impl ::std::convert::TryFrom<&str> for EmailAuthenticity {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for EmailAuthenticity {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
///Plain's `emailEntry` definition, which the schema does not describe. Used in `timelineEntryEntry`.
#[derive(
    ::plain_webhooks::__private::serde::Deserialize,
    ::plain_webhooks::__private::serde::Serialize,
    Clone,
    Debug,
    PartialEq
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
        deserialize_with = "::std::option::Option::deserialize"
    )]
    pub in_reply_to_email_id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "isStartOfThread")]
    pub is_start_of_thread: bool,
    #[serde(
        rename = "markdownContent",
        deserialize_with = "::std::option::Option::deserialize"
    )]
    pub markdown_content: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "receivedAt",
        deserialize_with = "::std::option::Option::deserialize"
    )]
    pub received_at: ::std::option::Option<
        ::plain_webhooks::__private::chrono::DateTime<
            ::plain_webhooks::__private::chrono::offset::Utc,
        >,
    >,
    #[serde(rename = "sentAt", deserialize_with = "::std::option::Option::deserialize")]
    pub sent_at: ::std::option::Option<
        ::plain_webhooks::__private::chrono::DateTime<
            ::plain_webhooks::__private::chrono::offset::Utc,
        >,
    >,
    #[serde(deserialize_with = "::std::option::Option::deserialize")]
    pub subject: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "textContent",
        deserialize_with = "::std::option::Option::deserialize"
    )]
    pub text_content: ::std::option::Option<::std::string::String>,
    pub to: EmailParticipant,
}
///Plain's `emailEntryAttachment` definition, which the schema does not describe. Used in `emailEntry.attachments[]`.
#[derive(
    ::plain_webhooks::__private::serde::Deserialize,
    ::plain_webhooks::__private::serde::Serialize,
    Clone,
    Debug,
    PartialEq
)]
#[serde(crate = "::plain_webhooks::__private::serde")]
pub struct EmailEntryAttachment {
    #[serde(rename = "createdAt")]
    pub created_at: ::plain_webhooks::__private::chrono::DateTime<
        ::plain_webhooks::__private::chrono::offset::Utc,
    >,
    #[serde(rename = "createdBy")]
    pub created_by: Actor,
    #[serde(rename = "emailContentId")]
    pub email_content_id: ::std::string::String,
    #[serde(rename = "fileExtension")]
    pub file_extension: NullableString,
    #[serde(rename = "fileMimeType")]
    pub file_mime_type: AttachmentFileMimeType,
    #[serde(rename = "fileName")]
    pub file_name: AttachmentFileName,
    #[serde(rename = "fileSizeBytes")]
    pub file_size_bytes: AttachmentFileSizeBytes,
    pub id: Id,
    #[serde(rename = "type")]
    pub type_: EmailEntryAttachmentType,
    #[serde(rename = "updatedAt")]
    pub updated_at: ::plain_webhooks::__private::chrono::DateTime<
        ::plain_webhooks::__private::chrono::offset::Utc,
    >,
    #[serde(rename = "updatedBy")]
    pub updated_by: Actor,
}
///`EmailEntryAttachmentType`
#[derive(
    ::plain_webhooks::__private::serde::Deserialize,
    ::plain_webhooks::__private::serde::Serialize,
    Clone,
    Copy,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd
)]
#[serde(crate = "::plain_webhooks::__private::serde")]
pub enum EmailEntryAttachmentType {
    #[serde(rename = "EMAIL")]
    Email,
}
impl ::std::fmt::Display for EmailEntryAttachmentType {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::Email => f.write_str("EMAIL"),
        }
    }
}
impl ::std::str::FromStr for EmailEntryAttachmentType {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        match value {
            "EMAIL" => Ok(Self::Email),
            _ => Err("invalid value".into()),
        }
    }
}
impl ::std::convert::TryFrom<&str> for EmailEntryAttachmentType {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for EmailEntryAttachmentType {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
///Plain's `emailParticipant` definition, which the schema does not describe. Used in `email.additionalRecipients[]`, `email.from`, `email.hiddenRecipients[]`, `email.to` and 4 more.
#[derive(
    ::plain_webhooks::__private::serde::Deserialize,
    ::plain_webhooks::__private::serde::Serialize,
    Clone,
    Debug,
    PartialEq
)]
#[serde(crate = "::plain_webhooks::__private::serde")]
pub struct EmailParticipant {
    pub email: ::std::string::String,
    #[serde(
        rename = "emailActor",
        deserialize_with = "::std::option::Option::deserialize"
    )]
    pub email_actor: ::std::option::Option<EmailActor>,
    #[serde(deserialize_with = "::std::option::Option::deserialize")]
    pub name: ::std::option::Option<::std::string::String>,
}
///Plain's `id` definition, which the schema does not describe. Used in `attachment.id`, `chat.id`, `chat.timelineEntryId`, `chatEntry.chatId` and 46 more.
#[derive(
    ::plain_webhooks::__private::serde::Serialize,
    Clone,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd
)]
#[serde(transparent)]
#[serde(crate = "::plain_webhooks::__private::serde")]
pub struct Id(::std::string::String);
impl ::std::ops::Deref for Id {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<Id> for ::std::string::String {
    fn from(value: Id) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for Id {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        if value.chars().count() > 50usize {
            return Err("longer than 50 characters".into());
        }
        if value.chars().count() < 1usize {
            return Err("shorter than 1 characters".into());
        }
        static PATTERN: ::std::sync::LazyLock<
            ::plain_webhooks::__private::regress::Regex,
        > = ::std::sync::LazyLock::new(|| {
            ::plain_webhooks::__private::regress::Regex::new(
                    "^[a-zA-Z]+_[0123456789ABCDEFGHJKMNPQRSTVWXYZ]{26}$",
                )
                .unwrap()
        });
        if PATTERN.find(value).is_none() {
            return Err(
                "doesn't match pattern \"^[a-zA-Z]+_[0123456789ABCDEFGHJKMNPQRSTVWXYZ]{26}$\""
                    .into(),
            );
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for Id {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for Id {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::plain_webhooks::__private::serde::Deserialize<'de> for Id {
    fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
    where
        D: ::plain_webhooks::__private::serde::Deserializer<'de>,
    {
        ::std::string::String::deserialize(deserializer)?
            .parse()
            .map_err(|e: self::error::ConversionError| {
                <D::Error as ::plain_webhooks::__private::serde::de::Error>::custom(
                    e.to_string(),
                )
            })
    }
}
///Plain's `label` definition, which the schema does not describe. Used in `thread.labels[]`.
#[derive(
    ::plain_webhooks::__private::serde::Deserialize,
    ::plain_webhooks::__private::serde::Serialize,
    Clone,
    Debug,
    PartialEq
)]
#[serde(crate = "::plain_webhooks::__private::serde")]
pub struct Label {
    #[serde(rename = "createdAt")]
    pub created_at: ::plain_webhooks::__private::chrono::DateTime<
        ::plain_webhooks::__private::chrono::offset::Utc,
    >,
    #[serde(rename = "createdBy")]
    pub created_by: Actor,
    pub id: Id,
    #[serde(rename = "labelType")]
    pub label_type: LabelType,
    #[serde(rename = "updatedAt")]
    pub updated_at: ::plain_webhooks::__private::chrono::DateTime<
        ::plain_webhooks::__private::chrono::offset::Utc,
    >,
    #[serde(rename = "updatedBy")]
    pub updated_by: Actor,
}
///Plain's `labelType` definition, which the schema does not describe. Used in `label.labelType`.
#[derive(
    ::plain_webhooks::__private::serde::Deserialize,
    ::plain_webhooks::__private::serde::Serialize,
    Clone,
    Debug,
    PartialEq
)]
#[serde(crate = "::plain_webhooks::__private::serde")]
pub struct LabelType {
    #[serde(
        rename = "archivedAt",
        deserialize_with = "::std::option::Option::deserialize"
    )]
    pub archived_at: ::std::option::Option<
        ::plain_webhooks::__private::chrono::DateTime<
            ::plain_webhooks::__private::chrono::offset::Utc,
        >,
    >,
    #[serde(
        rename = "archivedBy",
        deserialize_with = "::std::option::Option::deserialize"
    )]
    pub archived_by: ::std::option::Option<InternalActor>,
    #[serde(rename = "createdAt")]
    pub created_at: ::plain_webhooks::__private::chrono::DateTime<
        ::plain_webhooks::__private::chrono::offset::Utc,
    >,
    #[serde(rename = "createdBy")]
    pub created_by: InternalActor,
    #[serde(
        rename = "externalId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub external_id: ::std::option::Option<LabelTypeExternalId>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub icon: ::std::option::Option<::std::string::String>,
    pub id: Id,
    #[serde(rename = "isArchived", default)]
    pub is_archived: bool,
    #[serde(rename = "isExcludedFromAi", default)]
    pub is_excluded_from_ai: bool,
    pub name: LabelTypeName,
    #[serde(rename = "updatedAt")]
    pub updated_at: ::plain_webhooks::__private::chrono::DateTime<
        ::plain_webhooks::__private::chrono::offset::Utc,
    >,
    #[serde(rename = "updatedBy")]
    pub updated_by: InternalActor,
}
///`LabelTypeExternalId`
#[derive(
    ::plain_webhooks::__private::serde::Serialize,
    Clone,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd
)]
#[serde(transparent)]
#[serde(crate = "::plain_webhooks::__private::serde")]
pub struct LabelTypeExternalId(::std::string::String);
impl ::std::ops::Deref for LabelTypeExternalId {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<LabelTypeExternalId> for ::std::string::String {
    fn from(value: LabelTypeExternalId) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for LabelTypeExternalId {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        if value.chars().count() > 500usize {
            return Err("longer than 500 characters".into());
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for LabelTypeExternalId {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for LabelTypeExternalId {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::plain_webhooks::__private::serde::Deserialize<'de> for LabelTypeExternalId {
    fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
    where
        D: ::plain_webhooks::__private::serde::Deserializer<'de>,
    {
        ::std::string::String::deserialize(deserializer)?
            .parse()
            .map_err(|e: self::error::ConversionError| {
                <D::Error as ::plain_webhooks::__private::serde::de::Error>::custom(
                    e.to_string(),
                )
            })
    }
}
///`LabelTypeName`
#[derive(
    ::plain_webhooks::__private::serde::Serialize,
    Clone,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd
)]
#[serde(transparent)]
#[serde(crate = "::plain_webhooks::__private::serde")]
pub struct LabelTypeName(::std::string::String);
impl ::std::ops::Deref for LabelTypeName {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<LabelTypeName> for ::std::string::String {
    fn from(value: LabelTypeName) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for LabelTypeName {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        if value.chars().count() > 500usize {
            return Err("longer than 500 characters".into());
        }
        if value.chars().count() < 1usize {
            return Err("shorter than 1 characters".into());
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for LabelTypeName {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for LabelTypeName {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::plain_webhooks::__private::serde::Deserialize<'de> for LabelTypeName {
    fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
    where
        D: ::plain_webhooks::__private::serde::Deserializer<'de>,
    {
        ::std::string::String::deserialize(deserializer)?
            .parse()
            .map_err(|e: self::error::ConversionError| {
                <D::Error as ::plain_webhooks::__private::serde::de::Error>::custom(
                    e.to_string(),
                )
            })
    }
}
///Plain's `machineUser` definition, which the schema does not describe. Used in `threadAssignee`.
#[derive(
    ::plain_webhooks::__private::serde::Deserialize,
    ::plain_webhooks::__private::serde::Serialize,
    Clone,
    Debug,
    PartialEq
)]
#[serde(crate = "::plain_webhooks::__private::serde")]
pub struct MachineUser {
    #[serde(rename = "createdAt")]
    pub created_at: ::plain_webhooks::__private::chrono::DateTime<
        ::plain_webhooks::__private::chrono::offset::Utc,
    >,
    #[serde(rename = "createdBy")]
    pub created_by: InternalActor,
    #[serde(rename = "deletedAt")]
    pub deleted_at: NullableDatetime,
    #[serde(rename = "deletedBy")]
    pub deleted_by: NullableInternalActor,
    #[serde(deserialize_with = "::std::option::Option::deserialize")]
    pub description: ::std::option::Option<::std::string::String>,
    #[serde(rename = "fullName")]
    pub full_name: ::std::string::String,
    pub id: Id,
    #[serde(rename = "publicName")]
    pub public_name: ::std::string::String,
    #[serde(rename = "updatedAt")]
    pub updated_at: ::plain_webhooks::__private::chrono::DateTime<
        ::plain_webhooks::__private::chrono::offset::Utc,
    >,
    #[serde(rename = "updatedBy")]
    pub updated_by: InternalActor,
}
///Plain's `machineUserActor` definition, which the schema does not describe. Used in `actor`, `internalActor`.
#[derive(
    ::plain_webhooks::__private::serde::Deserialize,
    ::plain_webhooks::__private::serde::Serialize,
    Clone,
    Debug,
    PartialEq
)]
#[serde(crate = "::plain_webhooks::__private::serde")]
pub struct MachineUserActor {
    #[serde(rename = "machineUserId")]
    pub machine_user_id: Id,
}
///Plain's `msTeamsMessage` definition, which the schema does not describe. Used in `threadMSTeamsMessageReceivedEventPayload.msTeamsMessage`, `threadMSTeamsMessageSentEventPayload.msTeamsMessage`.
#[derive(
    ::plain_webhooks::__private::serde::Deserialize,
    ::plain_webhooks::__private::serde::Serialize,
    Clone,
    Debug,
    PartialEq
)]
#[serde(crate = "::plain_webhooks::__private::serde")]
pub struct MsTeamsMessage {
    pub attachments: ::std::vec::Vec<Attachment>,
    #[serde(rename = "createdAt")]
    pub created_at: ::plain_webhooks::__private::chrono::DateTime<
        ::plain_webhooks::__private::chrono::offset::Utc,
    >,
    #[serde(rename = "createdBy")]
    pub created_by: Actor,
    #[serde(
        rename = "deletedOnMsTeamsAt",
        deserialize_with = "::std::option::Option::deserialize"
    )]
    pub deleted_on_ms_teams_at: ::std::option::Option<
        ::plain_webhooks::__private::chrono::DateTime<
            ::plain_webhooks::__private::chrono::offset::Utc,
        >,
    >,
    #[serde(
        rename = "lastEditedOnMsTeamsAt",
        deserialize_with = "::std::option::Option::deserialize"
    )]
    pub last_edited_on_ms_teams_at: ::std::option::Option<
        ::plain_webhooks::__private::chrono::DateTime<
            ::plain_webhooks::__private::chrono::offset::Utc,
        >,
    >,
    #[serde(rename = "msTeamsMessageId")]
    pub ms_teams_message_id: ::std::string::String,
    pub text: ::std::string::String,
    #[serde(rename = "threadId")]
    pub thread_id: Id,
    #[serde(rename = "timelineEntryId")]
    pub timeline_entry_id: Id,
    #[serde(rename = "type", deserialize_with = "::std::option::Option::deserialize")]
    pub type_: ::std::option::Option<MsTeamsMessageType>,
    #[serde(rename = "updatedAt")]
    pub updated_at: ::plain_webhooks::__private::chrono::DateTime<
        ::plain_webhooks::__private::chrono::offset::Utc,
    >,
    #[serde(rename = "updatedBy")]
    pub updated_by: Actor,
}
///`MsTeamsMessageType`
#[derive(
    ::plain_webhooks::__private::serde::Deserialize,
    ::plain_webhooks::__private::serde::Serialize,
    Clone,
    Copy,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd
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
impl ::std::fmt::Display for MsTeamsMessageType {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::Inbound => f.write_str("INBOUND"),
            Self::Outbound => f.write_str("OUTBOUND"),
            Self::UnknownMsTeamsMessageType => {
                f.write_str("UNKNOWN_MS_TEAMS_MESSAGE_TYPE")
            }
        }
    }
}
impl ::std::str::FromStr for MsTeamsMessageType {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        match value {
            "INBOUND" => Ok(Self::Inbound),
            "OUTBOUND" => Ok(Self::Outbound),
            "UNKNOWN_MS_TEAMS_MESSAGE_TYPE" => Ok(Self::UnknownMsTeamsMessageType),
            _ => Err("invalid value".into()),
        }
    }
}
impl ::std::convert::TryFrom<&str> for MsTeamsMessageType {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for MsTeamsMessageType {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
///Plain's `noteEntry` definition, which the schema does not describe. Used in `timelineEntryEntry`.
#[derive(
    ::plain_webhooks::__private::serde::Deserialize,
    ::plain_webhooks::__private::serde::Serialize,
    Clone,
    Debug,
    PartialEq
)]
#[serde(crate = "::plain_webhooks::__private::serde")]
pub struct NoteEntry {
    #[serde(deserialize_with = "::std::option::Option::deserialize")]
    pub markdown: ::std::option::Option<NoteEntryMarkdown>,
    #[serde(rename = "noteId")]
    pub note_id: Id,
    pub text: NoteEntryText,
}
///`NoteEntryMarkdown`
#[derive(
    ::plain_webhooks::__private::serde::Serialize,
    Clone,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd
)]
#[serde(transparent)]
#[serde(crate = "::plain_webhooks::__private::serde")]
pub struct NoteEntryMarkdown(::std::string::String);
impl ::std::ops::Deref for NoteEntryMarkdown {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<NoteEntryMarkdown> for ::std::string::String {
    fn from(value: NoteEntryMarkdown) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for NoteEntryMarkdown {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        if value.chars().count() > 10000usize {
            return Err("longer than 10000 characters".into());
        }
        if value.chars().count() < 1usize {
            return Err("shorter than 1 characters".into());
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for NoteEntryMarkdown {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for NoteEntryMarkdown {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::plain_webhooks::__private::serde::Deserialize<'de> for NoteEntryMarkdown {
    fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
    where
        D: ::plain_webhooks::__private::serde::Deserializer<'de>,
    {
        ::std::string::String::deserialize(deserializer)?
            .parse()
            .map_err(|e: self::error::ConversionError| {
                <D::Error as ::plain_webhooks::__private::serde::de::Error>::custom(
                    e.to_string(),
                )
            })
    }
}
///`NoteEntryText`
#[derive(
    ::plain_webhooks::__private::serde::Serialize,
    Clone,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd
)]
#[serde(transparent)]
#[serde(crate = "::plain_webhooks::__private::serde")]
pub struct NoteEntryText(::std::string::String);
impl ::std::ops::Deref for NoteEntryText {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<NoteEntryText> for ::std::string::String {
    fn from(value: NoteEntryText) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for NoteEntryText {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        if value.chars().count() > 10000usize {
            return Err("longer than 10000 characters".into());
        }
        if value.chars().count() < 1usize {
            return Err("shorter than 1 characters".into());
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for NoteEntryText {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for NoteEntryText {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::plain_webhooks::__private::serde::Deserialize<'de> for NoteEntryText {
    fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
    where
        D: ::plain_webhooks::__private::serde::Deserializer<'de>,
    {
        ::std::string::String::deserialize(deserializer)?
            .parse()
            .map_err(|e: self::error::ConversionError| {
                <D::Error as ::plain_webhooks::__private::serde::de::Error>::custom(
                    e.to_string(),
                )
            })
    }
}
///Plain's `nullableActor` definition, which the schema does not describe.
#[derive(
    ::plain_webhooks::__private::serde::Deserialize,
    ::plain_webhooks::__private::serde::Serialize,
    Clone,
    Debug,
    PartialEq
)]
#[serde(transparent)]
#[serde(crate = "::plain_webhooks::__private::serde")]
pub struct NullableActor(pub ::std::option::Option<Actor>);
impl ::std::ops::Deref for NullableActor {
    type Target = ::std::option::Option<Actor>;
    fn deref(&self) -> &::std::option::Option<Actor> {
        &self.0
    }
}
impl ::std::convert::From<NullableActor> for ::std::option::Option<Actor> {
    fn from(value: NullableActor) -> Self {
        value.0
    }
}
impl ::std::convert::From<::std::option::Option<Actor>> for NullableActor {
    fn from(value: ::std::option::Option<Actor>) -> Self {
        Self(value)
    }
}
///Plain's `nullableDatetime` definition, which the schema does not describe. Used in `machineUser.deletedAt`, `threadNoteCreatedEventPayload.note.deletedAt`, `user.deletedAt`.
#[derive(
    ::plain_webhooks::__private::serde::Deserialize,
    ::plain_webhooks::__private::serde::Serialize,
    Clone,
    Debug,
    PartialEq
)]
#[serde(transparent)]
#[serde(crate = "::plain_webhooks::__private::serde")]
pub struct NullableDatetime(
    pub ::std::option::Option<
        ::plain_webhooks::__private::chrono::DateTime<
            ::plain_webhooks::__private::chrono::offset::Utc,
        >,
    >,
);
impl ::std::ops::Deref for NullableDatetime {
    type Target = ::std::option::Option<
        ::plain_webhooks::__private::chrono::DateTime<
            ::plain_webhooks::__private::chrono::offset::Utc,
        >,
    >;
    fn deref(
        &self,
    ) -> &::std::option::Option<
        ::plain_webhooks::__private::chrono::DateTime<
            ::plain_webhooks::__private::chrono::offset::Utc,
        >,
    > {
        &self.0
    }
}
impl ::std::convert::From<NullableDatetime>
for ::std::option::Option<
    ::plain_webhooks::__private::chrono::DateTime<
        ::plain_webhooks::__private::chrono::offset::Utc,
    >,
> {
    fn from(value: NullableDatetime) -> Self {
        value.0
    }
}
impl ::std::convert::From<
    ::std::option::Option<
        ::plain_webhooks::__private::chrono::DateTime<
            ::plain_webhooks::__private::chrono::offset::Utc,
        >,
    >,
> for NullableDatetime {
    fn from(
        value: ::std::option::Option<
            ::plain_webhooks::__private::chrono::DateTime<
                ::plain_webhooks::__private::chrono::offset::Utc,
            >,
        >,
    ) -> Self {
        Self(value)
    }
}
///Plain's `nullableInternalActor` definition, which the schema does not describe. Used in `machineUser.deletedBy`, `threadNoteCreatedEventPayload.note.deletedBy`, `user.deletedBy`.
#[derive(
    ::plain_webhooks::__private::serde::Deserialize,
    ::plain_webhooks::__private::serde::Serialize,
    Clone,
    Debug,
    PartialEq
)]
#[serde(transparent)]
#[serde(crate = "::plain_webhooks::__private::serde")]
pub struct NullableInternalActor(pub ::std::option::Option<InternalActor>);
impl ::std::ops::Deref for NullableInternalActor {
    type Target = ::std::option::Option<InternalActor>;
    fn deref(&self) -> &::std::option::Option<InternalActor> {
        &self.0
    }
}
impl ::std::convert::From<NullableInternalActor>
for ::std::option::Option<InternalActor> {
    fn from(value: NullableInternalActor) -> Self {
        value.0
    }
}
impl ::std::convert::From<::std::option::Option<InternalActor>>
for NullableInternalActor {
    fn from(value: ::std::option::Option<InternalActor>) -> Self {
        Self(value)
    }
}
///Plain's `nullableString` definition, which the schema does not describe. Used in `attachment.fileExtension`, `chatEntryAttachment.fileExtension`, `customEntryAttachment.fileExtension`, `emailEntryAttachment.fileExtension`.
#[derive(
    ::plain_webhooks::__private::serde::Deserialize,
    ::plain_webhooks::__private::serde::Serialize,
    Clone,
    Debug,
    PartialEq
)]
#[serde(transparent)]
#[serde(crate = "::plain_webhooks::__private::serde")]
pub struct NullableString(pub ::std::option::Option<::std::string::String>);
impl ::std::ops::Deref for NullableString {
    type Target = ::std::option::Option<::std::string::String>;
    fn deref(&self) -> &::std::option::Option<::std::string::String> {
        &self.0
    }
}
impl ::std::convert::From<NullableString>
for ::std::option::Option<::std::string::String> {
    fn from(value: NullableString) -> Self {
        value.0
    }
}
impl ::std::convert::From<::std::option::Option<::std::string::String>>
for NullableString {
    fn from(value: ::std::option::Option<::std::string::String>) -> Self {
        Self(value)
    }
}
///Plain's `serviceLevelAgreementFirstResponseTime` definition, which the schema does not describe. Used in `serviceLevelAgreement`.
#[derive(
    ::plain_webhooks::__private::serde::Deserialize,
    ::plain_webhooks::__private::serde::Serialize,
    Clone,
    Debug,
    PartialEq
)]
#[serde(crate = "::plain_webhooks::__private::serde")]
pub struct ServiceLevelAgreementFirstResponseTime {
    #[serde(rename = "createdAt")]
    pub created_at: ::plain_webhooks::__private::chrono::DateTime<
        ::plain_webhooks::__private::chrono::offset::Utc,
    >,
    #[serde(rename = "createdBy")]
    pub created_by: InternalActor,
    #[serde(rename = "firstResponseTimeMinutes")]
    pub first_response_time_minutes: f64,
    pub id: Id,
    #[serde(rename = "threadPriorityFilter")]
    pub thread_priority_filter: ThreadPriorityFilter,
    pub tier: Tier,
    #[serde(rename = "updatedAt")]
    pub updated_at: ::plain_webhooks::__private::chrono::DateTime<
        ::plain_webhooks::__private::chrono::offset::Utc,
    >,
    #[serde(rename = "updatedBy")]
    pub updated_by: InternalActor,
    #[serde(rename = "useBusinessHoursOnly")]
    pub use_business_hours_only: ServiceLevelAgreementFirstResponseTimeUseBusinessHoursOnly,
}
///Plain's `serviceLevelAgreementFirstResponseTimeUseBusinessHoursOnly` definition, which the schema does not describe. Used in `serviceLevelAgreementFirstResponseTime.useBusinessHoursOnly`, `serviceLevelAgreementNextResponseTime.useBusinessHoursOnly`.
#[derive(
    ::plain_webhooks::__private::serde::Deserialize,
    ::plain_webhooks::__private::serde::Serialize,
    Clone,
    Debug,
    PartialEq
)]
#[serde(transparent)]
#[serde(crate = "::plain_webhooks::__private::serde")]
pub struct ServiceLevelAgreementFirstResponseTimeUseBusinessHoursOnly(pub bool);
impl ::std::ops::Deref for ServiceLevelAgreementFirstResponseTimeUseBusinessHoursOnly {
    type Target = bool;
    fn deref(&self) -> &bool {
        &self.0
    }
}
impl ::std::convert::From<ServiceLevelAgreementFirstResponseTimeUseBusinessHoursOnly>
for bool {
    fn from(value: ServiceLevelAgreementFirstResponseTimeUseBusinessHoursOnly) -> Self {
        value.0
    }
}
impl ::std::convert::From<bool>
for ServiceLevelAgreementFirstResponseTimeUseBusinessHoursOnly {
    fn from(value: bool) -> Self {
        Self(value)
    }
}
impl ::std::fmt::Display for ServiceLevelAgreementFirstResponseTimeUseBusinessHoursOnly {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        self.0.fmt(f)
    }
}
impl ::std::str::FromStr for ServiceLevelAgreementFirstResponseTimeUseBusinessHoursOnly {
    type Err = <bool as ::std::str::FromStr>::Err;
    fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
        Ok(Self(value.parse()?))
    }
}
impl ::std::convert::TryFrom<&str>
for ServiceLevelAgreementFirstResponseTimeUseBusinessHoursOnly {
    type Error = <bool as ::std::str::FromStr>::Err;
    fn try_from(value: &str) -> ::std::result::Result<Self, Self::Error> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<String>
for ServiceLevelAgreementFirstResponseTimeUseBusinessHoursOnly {
    type Error = <bool as ::std::str::FromStr>::Err;
    fn try_from(value: String) -> ::std::result::Result<Self, Self::Error> {
        value.parse()
    }
}
///Plain's `serviceLevelAgreementNextResponseTime` definition, which the schema does not describe. Used in `serviceLevelAgreement`.
#[derive(
    ::plain_webhooks::__private::serde::Deserialize,
    ::plain_webhooks::__private::serde::Serialize,
    Clone,
    Debug,
    PartialEq
)]
#[serde(crate = "::plain_webhooks::__private::serde")]
pub struct ServiceLevelAgreementNextResponseTime {
    #[serde(rename = "createdAt")]
    pub created_at: ::plain_webhooks::__private::chrono::DateTime<
        ::plain_webhooks::__private::chrono::offset::Utc,
    >,
    #[serde(rename = "createdBy")]
    pub created_by: InternalActor,
    pub id: Id,
    #[serde(rename = "nextResponseTimeMinutes")]
    pub next_response_time_minutes: f64,
    #[serde(rename = "threadPriorityFilter")]
    pub thread_priority_filter: ThreadPriorityFilter,
    pub tier: Tier,
    #[serde(rename = "updatedAt")]
    pub updated_at: ::plain_webhooks::__private::chrono::DateTime<
        ::plain_webhooks::__private::chrono::offset::Utc,
    >,
    #[serde(rename = "updatedBy")]
    pub updated_by: InternalActor,
    #[serde(rename = "useBusinessHoursOnly")]
    pub use_business_hours_only: ServiceLevelAgreementFirstResponseTimeUseBusinessHoursOnly,
}
///Plain's `serviceLevelAgreementStatusDetailAchieved` definition, which the schema does not describe. Used in `serviceLevelAgreementStatusDetail`.
#[derive(
    ::plain_webhooks::__private::serde::Deserialize,
    ::plain_webhooks::__private::serde::Serialize,
    Clone,
    Debug,
    PartialEq
)]
#[serde(crate = "::plain_webhooks::__private::serde")]
pub struct ServiceLevelAgreementStatusDetailAchieved {
    #[serde(rename = "achievedAt")]
    pub achieved_at: ::plain_webhooks::__private::chrono::DateTime<
        ::plain_webhooks::__private::chrono::offset::Utc,
    >,
}
///Plain's `serviceLevelAgreementStatusDetailBreached` definition, which the schema does not describe. Used in `serviceLevelAgreementStatusDetail`.
#[derive(
    ::plain_webhooks::__private::serde::Deserialize,
    ::plain_webhooks::__private::serde::Serialize,
    Clone,
    Debug,
    PartialEq
)]
#[serde(crate = "::plain_webhooks::__private::serde")]
pub struct ServiceLevelAgreementStatusDetailBreached {
    #[serde(rename = "breachedAt")]
    pub breached_at: ::plain_webhooks::__private::chrono::DateTime<
        ::plain_webhooks::__private::chrono::offset::Utc,
    >,
    #[serde(rename = "completedAt")]
    pub completed_at: ::plain_webhooks::__private::chrono::DateTime<
        ::plain_webhooks::__private::chrono::offset::Utc,
    >,
}
///Plain's `serviceLevelAgreementStatusDetailBreaching` definition, which the schema does not describe. Used in `serviceLevelAgreementStatusDetail`.
#[derive(
    ::plain_webhooks::__private::serde::Deserialize,
    ::plain_webhooks::__private::serde::Serialize,
    Clone,
    Debug,
    PartialEq
)]
#[serde(crate = "::plain_webhooks::__private::serde")]
pub struct ServiceLevelAgreementStatusDetailBreaching {
    #[serde(rename = "breachedAt")]
    pub breached_at: ::plain_webhooks::__private::chrono::DateTime<
        ::plain_webhooks::__private::chrono::offset::Utc,
    >,
}
///Plain's `serviceLevelAgreementStatusDetailCancelled` definition, which the schema does not describe. Used in `serviceLevelAgreementStatusDetail`.
#[derive(
    ::plain_webhooks::__private::serde::Deserialize,
    ::plain_webhooks::__private::serde::Serialize,
    Clone,
    Debug,
    PartialEq
)]
#[serde(crate = "::plain_webhooks::__private::serde")]
pub struct ServiceLevelAgreementStatusDetailCancelled {
    #[serde(rename = "cancelledAt")]
    pub cancelled_at: ::plain_webhooks::__private::chrono::DateTime<
        ::plain_webhooks::__private::chrono::offset::Utc,
    >,
}
///Plain's `serviceLevelAgreementStatusDetailImminentBreach` definition, which the schema does not describe. Used in `serviceLevelAgreementStatusDetail`.
#[derive(
    ::plain_webhooks::__private::serde::Deserialize,
    ::plain_webhooks::__private::serde::Serialize,
    Clone,
    Debug,
    PartialEq
)]
#[serde(crate = "::plain_webhooks::__private::serde")]
pub struct ServiceLevelAgreementStatusDetailImminentBreach {
    #[serde(rename = "breachTime")]
    pub breach_time: ::plain_webhooks::__private::chrono::DateTime<
        ::plain_webhooks::__private::chrono::offset::Utc,
    >,
}
///Plain's `serviceLevelAgreementStatusDetailPending` definition, which the schema does not describe. Used in `serviceLevelAgreementStatusDetail`.
#[derive(
    ::plain_webhooks::__private::serde::Deserialize,
    ::plain_webhooks::__private::serde::Serialize,
    Clone,
    Debug,
    PartialEq
)]
#[serde(crate = "::plain_webhooks::__private::serde")]
pub struct ServiceLevelAgreementStatusDetailPending {
    #[serde(rename = "breachTime")]
    pub breach_time: ::plain_webhooks::__private::chrono::DateTime<
        ::plain_webhooks::__private::chrono::offset::Utc,
    >,
}
///Plain's `slackMessage` definition, which the schema does not describe. Used in `threadSlackMessageReceivedEventPayload.slackMessage`, `threadSlackMessageSentEventPayload.slackMessage`, `threadSlackMessageUpdatedEventPayload.slackMessage`.
#[derive(
    ::plain_webhooks::__private::serde::Deserialize,
    ::plain_webhooks::__private::serde::Serialize,
    Clone,
    Debug,
    PartialEq
)]
#[serde(crate = "::plain_webhooks::__private::serde")]
pub struct SlackMessage {
    pub attachments: ::std::vec::Vec<Attachment>,
    #[serde(rename = "createdAt")]
    pub created_at: ::plain_webhooks::__private::chrono::DateTime<
        ::plain_webhooks::__private::chrono::offset::Utc,
    >,
    #[serde(rename = "createdBy")]
    pub created_by: Actor,
    pub id: Id,
    #[serde(rename = "resolvedText", default)]
    pub resolved_text: ::std::string::String,
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
        ::plain_webhooks::__private::chrono::offset::Utc,
    >,
    #[serde(rename = "updatedBy")]
    pub updated_by: Actor,
}
///Plain's `slackMessageSlackReactionsItem` definition, which the schema does not describe. Used in `slackMessage.slackReactions[]`, `slackReactionChange.reaction`.
#[derive(
    ::plain_webhooks::__private::serde::Deserialize,
    ::plain_webhooks::__private::serde::Serialize,
    Clone,
    Debug,
    PartialEq
)]
#[serde(crate = "::plain_webhooks::__private::serde")]
pub struct SlackMessageSlackReactionsItem {
    pub actors: ::std::vec::Vec<SlackMessageSlackReactionsItemActorsItem>,
    #[serde(rename = "imageUrl", skip_serializing_if = "::std::option::Option::is_none")]
    pub image_url: ::std::option::Option<::std::string::String>,
    pub name: ::std::string::String,
}
///`SlackMessageSlackReactionsItemActorsItem`
#[derive(
    ::plain_webhooks::__private::serde::Deserialize,
    ::plain_webhooks::__private::serde::Serialize,
    Clone,
    Debug,
    PartialEq
)]
#[serde(crate = "::plain_webhooks::__private::serde")]
pub struct SlackMessageSlackReactionsItemActorsItem {
    #[serde(rename = "actorId")]
    pub actor_id: Id,
    #[serde(rename = "actorType")]
    pub actor_type: ThreadMessageInfoActorTypeVariant0,
    #[serde(rename = "slackUserId")]
    pub slack_user_id: ::std::string::String,
}
///Plain's `slackReactionChange` definition, which the schema does not describe. Used in `threadSlackMessageUpdatedEventPayload.reactionChange`.
#[derive(
    ::plain_webhooks::__private::serde::Deserialize,
    ::plain_webhooks::__private::serde::Serialize,
    Clone,
    Debug,
    PartialEq
)]
#[serde(crate = "::plain_webhooks::__private::serde")]
pub struct SlackReactionChange {
    #[serde(rename = "changeType")]
    pub change_type: SlackReactionChangeChangeType,
    pub reaction: SlackMessageSlackReactionsItem,
}
///`SlackReactionChangeChangeType`
#[derive(
    ::plain_webhooks::__private::serde::Deserialize,
    ::plain_webhooks::__private::serde::Serialize,
    Clone,
    Copy,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd
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
impl ::std::fmt::Display for SlackReactionChangeChangeType {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::Added => f.write_str("ADDED"),
            Self::Removed => f.write_str("REMOVED"),
            Self::UnknownSlackReactionChangeType => {
                f.write_str("UNKNOWN_SLACK_REACTION_CHANGE_TYPE")
            }
        }
    }
}
impl ::std::str::FromStr for SlackReactionChangeChangeType {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        match value {
            "ADDED" => Ok(Self::Added),
            "REMOVED" => Ok(Self::Removed),
            "UNKNOWN_SLACK_REACTION_CHANGE_TYPE" => {
                Ok(Self::UnknownSlackReactionChangeType)
            }
            _ => Err("invalid value".into()),
        }
    }
}
impl ::std::convert::TryFrom<&str> for SlackReactionChangeChangeType {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for SlackReactionChangeChangeType {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
///Plain's `systemActor` definition, which the schema does not describe. Used in `actor`, `internalActor`.
#[derive(
    ::plain_webhooks::__private::serde::Deserialize,
    ::plain_webhooks::__private::serde::Serialize,
    Clone,
    Debug,
    PartialEq
)]
#[serde(crate = "::plain_webhooks::__private::serde")]
pub struct SystemActor {
    pub system: ::std::string::String,
}
///Plain's `thread` definition, which the schema does not describe. Used in `threadAssignmentTransitionedPublicEventPayload.previousThread`, `threadAssignmentTransitionedPublicEventPayload.thread`, `threadChatReceivedPublicEventPayload.thread`, `threadChatSentPublicEventPayload.thread` and 24 more.
#[derive(
    ::plain_webhooks::__private::serde::Deserialize,
    ::plain_webhooks::__private::serde::Serialize,
    Clone,
    Debug,
    PartialEq
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
        deserialize_with = "::std::option::Option::deserialize"
    )]
    pub assigned_at: ::std::option::Option<
        ::plain_webhooks::__private::chrono::DateTime<
            ::plain_webhooks::__private::chrono::offset::Utc,
        >,
    >,
    #[serde(deserialize_with = "::std::option::Option::deserialize")]
    pub assignee: ::std::option::Option<ThreadAssignee>,
    #[serde(rename = "createdAt")]
    pub created_at: ::plain_webhooks::__private::chrono::DateTime<
        ::plain_webhooks::__private::chrono::offset::Utc,
    >,
    #[serde(rename = "createdBy")]
    pub created_by: Actor,
    pub customer: Customer,
    #[serde(
        rename = "externalId",
        deserialize_with = "::std::option::Option::deserialize"
    )]
    pub external_id: ::std::option::Option<ThreadExternalId>,
    #[serde(
        rename = "firstInboundMessageInfo",
        deserialize_with = "::std::option::Option::deserialize"
    )]
    pub first_inbound_message_info: ::std::option::Option<ThreadMessageInfo>,
    #[serde(
        rename = "firstOutboundMessageInfo",
        deserialize_with = "::std::option::Option::deserialize"
    )]
    pub first_outbound_message_info: ::std::option::Option<ThreadMessageInfo>,
    pub id: Id,
    pub labels: ::std::vec::Vec<Label>,
    #[serde(
        rename = "lastInboundMessageInfo",
        deserialize_with = "::std::option::Option::deserialize"
    )]
    pub last_inbound_message_info: ::std::option::Option<ThreadMessageInfo>,
    #[serde(
        rename = "lastOutboundMessageInfo",
        deserialize_with = "::std::option::Option::deserialize"
    )]
    pub last_outbound_message_info: ::std::option::Option<ThreadMessageInfo>,
    #[serde(
        rename = "previewText",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub preview_text: ::std::option::Option<ThreadPreviewText>,
    pub priority: ThreadPriority,
    pub status: ThreadStatus,
    #[serde(rename = "statusChangedAt")]
    pub status_changed_at: ::plain_webhooks::__private::chrono::DateTime<
        ::plain_webhooks::__private::chrono::offset::Utc,
    >,
    #[serde(
        rename = "statusChangedBy",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub status_changed_by: ::std::option::Option<Actor>,
    #[serde(
        rename = "statusDetail",
        deserialize_with = "::std::option::Option::deserialize"
    )]
    pub status_detail: ::std::option::Option<ThreadStatusDetail>,
    #[serde(rename = "supportEmailAddresses")]
    pub support_email_addresses: ::std::vec::Vec<::std::string::String>,
    pub title: ThreadTitle,
    #[serde(rename = "updatedAt")]
    pub updated_at: ::plain_webhooks::__private::chrono::DateTime<
        ::plain_webhooks::__private::chrono::offset::Utc,
    >,
    #[serde(rename = "updatedBy")]
    pub updated_by: Actor,
}
///Plain's `threadAssignee` definition, which the schema does not describe. Used in `thread.additionalAssignees[]`, `thread.assignee`.
#[derive(
    ::plain_webhooks::__private::serde::Deserialize,
    ::plain_webhooks::__private::serde::Serialize,
    Clone,
    Debug,
    PartialEq
)]
#[serde(untagged)]
#[serde(crate = "::plain_webhooks::__private::serde")]
pub enum ThreadAssignee {
    Variant0 { #[serde(rename = "type")] type_: ThreadAssigneeVariant0Type },
    Variant1(User),
    Variant2(MachineUser),
    Variant3 { id: ::std::string::String },
}
impl ::std::convert::From<User> for ThreadAssignee {
    fn from(value: User) -> Self {
        Self::Variant1(value)
    }
}
impl ::std::convert::From<MachineUser> for ThreadAssignee {
    fn from(value: MachineUser) -> Self {
        Self::Variant2(value)
    }
}
///`ThreadAssigneeVariant0Type`
#[derive(
    ::plain_webhooks::__private::serde::Deserialize,
    ::plain_webhooks::__private::serde::Serialize,
    Clone,
    Copy,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd
)]
#[serde(crate = "::plain_webhooks::__private::serde")]
pub enum ThreadAssigneeVariant0Type {
    #[serde(rename = "UNKNOWN")]
    Unknown,
}
impl ::std::fmt::Display for ThreadAssigneeVariant0Type {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::Unknown => f.write_str("UNKNOWN"),
        }
    }
}
impl ::std::str::FromStr for ThreadAssigneeVariant0Type {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        match value {
            "UNKNOWN" => Ok(Self::Unknown),
            _ => Err("invalid value".into()),
        }
    }
}
impl ::std::convert::TryFrom<&str> for ThreadAssigneeVariant0Type {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for ThreadAssigneeVariant0Type {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
///Plain's `threadAssignmentTransitionedPublicEventPayload` definition, which the schema does not describe. Used in `webhook.payload`.
#[derive(
    ::plain_webhooks::__private::serde::Deserialize,
    ::plain_webhooks::__private::serde::Serialize,
    Clone,
    Debug,
    PartialEq
)]
#[serde(crate = "::plain_webhooks::__private::serde")]
pub struct ThreadAssignmentTransitionedPublicEventPayload {
    #[serde(rename = "eventType")]
    pub event_type: ThreadAssignmentTransitionedPublicEventPayloadEventType,
    #[serde(rename = "previousThread")]
    pub previous_thread: Thread,
    pub thread: Thread,
}
///`ThreadAssignmentTransitionedPublicEventPayloadEventType`
#[derive(
    ::plain_webhooks::__private::serde::Deserialize,
    ::plain_webhooks::__private::serde::Serialize,
    Clone,
    Copy,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd
)]
#[serde(crate = "::plain_webhooks::__private::serde")]
pub enum ThreadAssignmentTransitionedPublicEventPayloadEventType {
    #[serde(rename = "thread.thread_assignment_transitioned")]
    ThreadThreadAssignmentTransitioned,
}
impl ::std::fmt::Display for ThreadAssignmentTransitionedPublicEventPayloadEventType {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::ThreadThreadAssignmentTransitioned => {
                f.write_str("thread.thread_assignment_transitioned")
            }
        }
    }
}
impl ::std::str::FromStr for ThreadAssignmentTransitionedPublicEventPayloadEventType {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        match value {
            "thread.thread_assignment_transitioned" => {
                Ok(Self::ThreadThreadAssignmentTransitioned)
            }
            _ => Err("invalid value".into()),
        }
    }
}
impl ::std::convert::TryFrom<&str>
for ThreadAssignmentTransitionedPublicEventPayloadEventType {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String>
for ThreadAssignmentTransitionedPublicEventPayloadEventType {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
///Plain's `threadChatReceivedPublicEventPayload` definition, which the schema does not describe. Used in `webhook.payload`.
#[derive(
    ::plain_webhooks::__private::serde::Deserialize,
    ::plain_webhooks::__private::serde::Serialize,
    Clone,
    Debug,
    PartialEq
)]
#[serde(crate = "::plain_webhooks::__private::serde")]
pub struct ThreadChatReceivedPublicEventPayload {
    pub chat: Chat,
    #[serde(rename = "eventType")]
    pub event_type: ThreadChatReceivedPublicEventPayloadEventType,
    pub thread: Thread,
}
///`ThreadChatReceivedPublicEventPayloadEventType`
#[derive(
    ::plain_webhooks::__private::serde::Deserialize,
    ::plain_webhooks::__private::serde::Serialize,
    Clone,
    Copy,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd
)]
#[serde(crate = "::plain_webhooks::__private::serde")]
pub enum ThreadChatReceivedPublicEventPayloadEventType {
    #[serde(rename = "thread.chat_received")]
    ThreadChatReceived,
}
impl ::std::fmt::Display for ThreadChatReceivedPublicEventPayloadEventType {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::ThreadChatReceived => f.write_str("thread.chat_received"),
        }
    }
}
impl ::std::str::FromStr for ThreadChatReceivedPublicEventPayloadEventType {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        match value {
            "thread.chat_received" => Ok(Self::ThreadChatReceived),
            _ => Err("invalid value".into()),
        }
    }
}
impl ::std::convert::TryFrom<&str> for ThreadChatReceivedPublicEventPayloadEventType {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String>
for ThreadChatReceivedPublicEventPayloadEventType {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
///Plain's `threadChatSentPublicEventPayload` definition, which the schema does not describe. Used in `webhook.payload`.
#[derive(
    ::plain_webhooks::__private::serde::Deserialize,
    ::plain_webhooks::__private::serde::Serialize,
    Clone,
    Debug,
    PartialEq
)]
#[serde(crate = "::plain_webhooks::__private::serde")]
pub struct ThreadChatSentPublicEventPayload {
    pub chat: Chat,
    #[serde(rename = "eventType")]
    pub event_type: ThreadChatSentPublicEventPayloadEventType,
    pub thread: Thread,
}
///`ThreadChatSentPublicEventPayloadEventType`
#[derive(
    ::plain_webhooks::__private::serde::Deserialize,
    ::plain_webhooks::__private::serde::Serialize,
    Clone,
    Copy,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd
)]
#[serde(crate = "::plain_webhooks::__private::serde")]
pub enum ThreadChatSentPublicEventPayloadEventType {
    #[serde(rename = "thread.chat_sent")]
    ThreadChatSent,
}
impl ::std::fmt::Display for ThreadChatSentPublicEventPayloadEventType {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::ThreadChatSent => f.write_str("thread.chat_sent"),
        }
    }
}
impl ::std::str::FromStr for ThreadChatSentPublicEventPayloadEventType {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        match value {
            "thread.chat_sent" => Ok(Self::ThreadChatSent),
            _ => Err("invalid value".into()),
        }
    }
}
impl ::std::convert::TryFrom<&str> for ThreadChatSentPublicEventPayloadEventType {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String>
for ThreadChatSentPublicEventPayloadEventType {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
///Plain's `threadCreatedPublicEventPayload` definition, which the schema does not describe. Used in `webhook.payload`.
#[derive(
    ::plain_webhooks::__private::serde::Deserialize,
    ::plain_webhooks::__private::serde::Serialize,
    Clone,
    Debug,
    PartialEq
)]
#[serde(crate = "::plain_webhooks::__private::serde")]
pub struct ThreadCreatedPublicEventPayload {
    #[serde(rename = "eventType")]
    pub event_type: ThreadCreatedPublicEventPayloadEventType,
    pub thread: Thread,
}
///`ThreadCreatedPublicEventPayloadEventType`
#[derive(
    ::plain_webhooks::__private::serde::Deserialize,
    ::plain_webhooks::__private::serde::Serialize,
    Clone,
    Copy,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd
)]
#[serde(crate = "::plain_webhooks::__private::serde")]
pub enum ThreadCreatedPublicEventPayloadEventType {
    #[serde(rename = "thread.thread_created")]
    ThreadThreadCreated,
}
impl ::std::fmt::Display for ThreadCreatedPublicEventPayloadEventType {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::ThreadThreadCreated => f.write_str("thread.thread_created"),
        }
    }
}
impl ::std::str::FromStr for ThreadCreatedPublicEventPayloadEventType {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        match value {
            "thread.thread_created" => Ok(Self::ThreadThreadCreated),
            _ => Err("invalid value".into()),
        }
    }
}
impl ::std::convert::TryFrom<&str> for ThreadCreatedPublicEventPayloadEventType {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String>
for ThreadCreatedPublicEventPayloadEventType {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
///Plain's `threadDiscordMessageReceivedEventPayload` definition, which the schema does not describe. Used in `webhook.payload`.
#[derive(
    ::plain_webhooks::__private::serde::Deserialize,
    ::plain_webhooks::__private::serde::Serialize,
    Clone,
    Debug,
    PartialEq
)]
#[serde(crate = "::plain_webhooks::__private::serde")]
pub struct ThreadDiscordMessageReceivedEventPayload {
    #[serde(rename = "discordMessage")]
    pub discord_message: DiscordMessage,
    #[serde(rename = "eventType")]
    pub event_type: ThreadDiscordMessageReceivedEventPayloadEventType,
    pub thread: Thread,
}
///`ThreadDiscordMessageReceivedEventPayloadEventType`
#[derive(
    ::plain_webhooks::__private::serde::Deserialize,
    ::plain_webhooks::__private::serde::Serialize,
    Clone,
    Copy,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd
)]
#[serde(crate = "::plain_webhooks::__private::serde")]
pub enum ThreadDiscordMessageReceivedEventPayloadEventType {
    #[serde(rename = "thread.discord_message_received")]
    ThreadDiscordMessageReceived,
}
impl ::std::fmt::Display for ThreadDiscordMessageReceivedEventPayloadEventType {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::ThreadDiscordMessageReceived => {
                f.write_str("thread.discord_message_received")
            }
        }
    }
}
impl ::std::str::FromStr for ThreadDiscordMessageReceivedEventPayloadEventType {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        match value {
            "thread.discord_message_received" => Ok(Self::ThreadDiscordMessageReceived),
            _ => Err("invalid value".into()),
        }
    }
}
impl ::std::convert::TryFrom<&str>
for ThreadDiscordMessageReceivedEventPayloadEventType {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String>
for ThreadDiscordMessageReceivedEventPayloadEventType {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
///Plain's `threadDiscordMessageSentEventPayload` definition, which the schema does not describe. Used in `webhook.payload`.
#[derive(
    ::plain_webhooks::__private::serde::Deserialize,
    ::plain_webhooks::__private::serde::Serialize,
    Clone,
    Debug,
    PartialEq
)]
#[serde(crate = "::plain_webhooks::__private::serde")]
pub struct ThreadDiscordMessageSentEventPayload {
    #[serde(rename = "discordMessage")]
    pub discord_message: DiscordMessage,
    #[serde(rename = "eventType")]
    pub event_type: ThreadDiscordMessageSentEventPayloadEventType,
    pub thread: Thread,
}
///`ThreadDiscordMessageSentEventPayloadEventType`
#[derive(
    ::plain_webhooks::__private::serde::Deserialize,
    ::plain_webhooks::__private::serde::Serialize,
    Clone,
    Copy,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd
)]
#[serde(crate = "::plain_webhooks::__private::serde")]
pub enum ThreadDiscordMessageSentEventPayloadEventType {
    #[serde(rename = "thread.discord_message_sent")]
    ThreadDiscordMessageSent,
}
impl ::std::fmt::Display for ThreadDiscordMessageSentEventPayloadEventType {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::ThreadDiscordMessageSent => f.write_str("thread.discord_message_sent"),
        }
    }
}
impl ::std::str::FromStr for ThreadDiscordMessageSentEventPayloadEventType {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        match value {
            "thread.discord_message_sent" => Ok(Self::ThreadDiscordMessageSent),
            _ => Err("invalid value".into()),
        }
    }
}
impl ::std::convert::TryFrom<&str> for ThreadDiscordMessageSentEventPayloadEventType {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String>
for ThreadDiscordMessageSentEventPayloadEventType {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
///Plain's `threadDiscordMessageUpdatedEventPayload` definition, which the schema does not describe. Used in `webhook.payload`.
#[derive(
    ::plain_webhooks::__private::serde::Deserialize,
    ::plain_webhooks::__private::serde::Serialize,
    Clone,
    Debug,
    PartialEq
)]
#[serde(crate = "::plain_webhooks::__private::serde")]
pub struct ThreadDiscordMessageUpdatedEventPayload {
    #[serde(rename = "discordMessage")]
    pub discord_message: DiscordMessage,
    #[serde(rename = "eventType")]
    pub event_type: ThreadDiscordMessageUpdatedEventPayloadEventType,
    pub thread: Thread,
}
///`ThreadDiscordMessageUpdatedEventPayloadEventType`
#[derive(
    ::plain_webhooks::__private::serde::Deserialize,
    ::plain_webhooks::__private::serde::Serialize,
    Clone,
    Copy,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd
)]
#[serde(crate = "::plain_webhooks::__private::serde")]
pub enum ThreadDiscordMessageUpdatedEventPayloadEventType {
    #[serde(rename = "thread.discord_message_updated")]
    ThreadDiscordMessageUpdated,
}
impl ::std::fmt::Display for ThreadDiscordMessageUpdatedEventPayloadEventType {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::ThreadDiscordMessageUpdated => {
                f.write_str("thread.discord_message_updated")
            }
        }
    }
}
impl ::std::str::FromStr for ThreadDiscordMessageUpdatedEventPayloadEventType {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        match value {
            "thread.discord_message_updated" => Ok(Self::ThreadDiscordMessageUpdated),
            _ => Err("invalid value".into()),
        }
    }
}
impl ::std::convert::TryFrom<&str> for ThreadDiscordMessageUpdatedEventPayloadEventType {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String>
for ThreadDiscordMessageUpdatedEventPayloadEventType {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
///Plain's `threadEmailReceivedPublicEventPayload` definition, which the schema does not describe. Used in `webhook.payload`.
#[derive(
    ::plain_webhooks::__private::serde::Deserialize,
    ::plain_webhooks::__private::serde::Serialize,
    Clone,
    Debug,
    PartialEq
)]
#[serde(crate = "::plain_webhooks::__private::serde")]
pub struct ThreadEmailReceivedPublicEventPayload {
    pub email: Email,
    #[serde(rename = "eventType")]
    pub event_type: ThreadEmailReceivedPublicEventPayloadEventType,
    pub thread: Thread,
}
///`ThreadEmailReceivedPublicEventPayloadEventType`
#[derive(
    ::plain_webhooks::__private::serde::Deserialize,
    ::plain_webhooks::__private::serde::Serialize,
    Clone,
    Copy,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd
)]
#[serde(crate = "::plain_webhooks::__private::serde")]
pub enum ThreadEmailReceivedPublicEventPayloadEventType {
    #[serde(rename = "thread.email_received")]
    ThreadEmailReceived,
}
impl ::std::fmt::Display for ThreadEmailReceivedPublicEventPayloadEventType {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::ThreadEmailReceived => f.write_str("thread.email_received"),
        }
    }
}
impl ::std::str::FromStr for ThreadEmailReceivedPublicEventPayloadEventType {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        match value {
            "thread.email_received" => Ok(Self::ThreadEmailReceived),
            _ => Err("invalid value".into()),
        }
    }
}
impl ::std::convert::TryFrom<&str> for ThreadEmailReceivedPublicEventPayloadEventType {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String>
for ThreadEmailReceivedPublicEventPayloadEventType {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
///Plain's `threadEmailSentPublicEventPayload` definition, which the schema does not describe. Used in `webhook.payload`.
#[derive(
    ::plain_webhooks::__private::serde::Deserialize,
    ::plain_webhooks::__private::serde::Serialize,
    Clone,
    Debug,
    PartialEq
)]
#[serde(crate = "::plain_webhooks::__private::serde")]
pub struct ThreadEmailSentPublicEventPayload {
    pub email: Email,
    #[serde(rename = "eventType")]
    pub event_type: ThreadEmailSentPublicEventPayloadEventType,
    pub thread: Thread,
}
///`ThreadEmailSentPublicEventPayloadEventType`
#[derive(
    ::plain_webhooks::__private::serde::Deserialize,
    ::plain_webhooks::__private::serde::Serialize,
    Clone,
    Copy,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd
)]
#[serde(crate = "::plain_webhooks::__private::serde")]
pub enum ThreadEmailSentPublicEventPayloadEventType {
    #[serde(rename = "thread.email_sent")]
    ThreadEmailSent,
}
impl ::std::fmt::Display for ThreadEmailSentPublicEventPayloadEventType {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::ThreadEmailSent => f.write_str("thread.email_sent"),
        }
    }
}
impl ::std::str::FromStr for ThreadEmailSentPublicEventPayloadEventType {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        match value {
            "thread.email_sent" => Ok(Self::ThreadEmailSent),
            _ => Err("invalid value".into()),
        }
    }
}
impl ::std::convert::TryFrom<&str> for ThreadEmailSentPublicEventPayloadEventType {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String>
for ThreadEmailSentPublicEventPayloadEventType {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
///`ThreadExternalId`
#[derive(
    ::plain_webhooks::__private::serde::Serialize,
    Clone,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd
)]
#[serde(transparent)]
#[serde(crate = "::plain_webhooks::__private::serde")]
pub struct ThreadExternalId(::std::string::String);
impl ::std::ops::Deref for ThreadExternalId {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<ThreadExternalId> for ::std::string::String {
    fn from(value: ThreadExternalId) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for ThreadExternalId {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        if value.chars().count() > 500usize {
            return Err("longer than 500 characters".into());
        }
        if value.chars().count() < 1usize {
            return Err("shorter than 1 characters".into());
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for ThreadExternalId {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for ThreadExternalId {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::plain_webhooks::__private::serde::Deserialize<'de> for ThreadExternalId {
    fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
    where
        D: ::plain_webhooks::__private::serde::Deserializer<'de>,
    {
        ::std::string::String::deserialize(deserializer)?
            .parse()
            .map_err(|e: self::error::ConversionError| {
                <D::Error as ::plain_webhooks::__private::serde::de::Error>::custom(
                    e.to_string(),
                )
            })
    }
}
///Plain's `threadField` definition, which the schema does not describe. Used in `threadFieldCreatedPublicEventPayload.threadField`, `threadFieldDeletedPublicEventPayload.previousThreadField`, `threadFieldUpdatedPublicEventPayload.previousThreadField`, `threadFieldUpdatedPublicEventPayload.threadField`.
#[derive(
    ::plain_webhooks::__private::serde::Deserialize,
    ::plain_webhooks::__private::serde::Serialize,
    Clone,
    Debug,
    PartialEq
)]
#[serde(crate = "::plain_webhooks::__private::serde")]
pub struct ThreadField {
    #[serde(
        rename = "booleanValue",
        deserialize_with = "::std::option::Option::deserialize"
    )]
    pub boolean_value: ::std::option::Option<bool>,
    #[serde(rename = "createdAt")]
    pub created_at: ::plain_webhooks::__private::chrono::DateTime<
        ::plain_webhooks::__private::chrono::offset::Utc,
    >,
    #[serde(rename = "createdBy")]
    pub created_by: Actor,
    #[serde(
        rename = "dateValue",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub date_value: ::std::option::Option<::std::string::String>,
    pub id: Id,
    pub key: ::std::string::String,
    #[serde(
        rename = "numberValue",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub number_value: ::std::option::Option<f64>,
    #[serde(
        rename = "stringValue",
        deserialize_with = "::std::option::Option::deserialize"
    )]
    pub string_value: ::std::option::Option<::std::string::String>,
    #[serde(rename = "threadId")]
    pub thread_id: Id,
    #[serde(rename = "type")]
    pub type_: ThreadFieldType,
    #[serde(rename = "updatedAt")]
    pub updated_at: ::plain_webhooks::__private::chrono::DateTime<
        ::plain_webhooks::__private::chrono::offset::Utc,
    >,
    #[serde(rename = "updatedBy")]
    pub updated_by: Actor,
}
///Plain's `threadFieldCreatedPublicEventPayload` definition, which the schema does not describe. Used in `webhook.payload`.
#[derive(
    ::plain_webhooks::__private::serde::Deserialize,
    ::plain_webhooks::__private::serde::Serialize,
    Clone,
    Debug,
    PartialEq
)]
#[serde(crate = "::plain_webhooks::__private::serde")]
pub struct ThreadFieldCreatedPublicEventPayload {
    #[serde(rename = "eventType")]
    pub event_type: ThreadFieldCreatedPublicEventPayloadEventType,
    pub thread: Thread,
    #[serde(rename = "threadField")]
    pub thread_field: ThreadField,
}
///`ThreadFieldCreatedPublicEventPayloadEventType`
#[derive(
    ::plain_webhooks::__private::serde::Deserialize,
    ::plain_webhooks::__private::serde::Serialize,
    Clone,
    Copy,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd
)]
#[serde(crate = "::plain_webhooks::__private::serde")]
pub enum ThreadFieldCreatedPublicEventPayloadEventType {
    #[serde(rename = "thread.thread_field_created")]
    ThreadThreadFieldCreated,
}
impl ::std::fmt::Display for ThreadFieldCreatedPublicEventPayloadEventType {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::ThreadThreadFieldCreated => f.write_str("thread.thread_field_created"),
        }
    }
}
impl ::std::str::FromStr for ThreadFieldCreatedPublicEventPayloadEventType {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        match value {
            "thread.thread_field_created" => Ok(Self::ThreadThreadFieldCreated),
            _ => Err("invalid value".into()),
        }
    }
}
impl ::std::convert::TryFrom<&str> for ThreadFieldCreatedPublicEventPayloadEventType {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String>
for ThreadFieldCreatedPublicEventPayloadEventType {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
///Plain's `threadFieldDeletedPublicEventPayload` definition, which the schema does not describe. Used in `webhook.payload`.
#[derive(
    ::plain_webhooks::__private::serde::Deserialize,
    ::plain_webhooks::__private::serde::Serialize,
    Clone,
    Debug,
    PartialEq
)]
#[serde(crate = "::plain_webhooks::__private::serde")]
pub struct ThreadFieldDeletedPublicEventPayload {
    #[serde(rename = "eventType")]
    pub event_type: ThreadFieldDeletedPublicEventPayloadEventType,
    #[serde(rename = "previousThreadField")]
    pub previous_thread_field: ThreadField,
    pub thread: Thread,
}
///`ThreadFieldDeletedPublicEventPayloadEventType`
#[derive(
    ::plain_webhooks::__private::serde::Deserialize,
    ::plain_webhooks::__private::serde::Serialize,
    Clone,
    Copy,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd
)]
#[serde(crate = "::plain_webhooks::__private::serde")]
pub enum ThreadFieldDeletedPublicEventPayloadEventType {
    #[serde(rename = "thread.thread_field_deleted")]
    ThreadThreadFieldDeleted,
}
impl ::std::fmt::Display for ThreadFieldDeletedPublicEventPayloadEventType {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::ThreadThreadFieldDeleted => f.write_str("thread.thread_field_deleted"),
        }
    }
}
impl ::std::str::FromStr for ThreadFieldDeletedPublicEventPayloadEventType {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        match value {
            "thread.thread_field_deleted" => Ok(Self::ThreadThreadFieldDeleted),
            _ => Err("invalid value".into()),
        }
    }
}
impl ::std::convert::TryFrom<&str> for ThreadFieldDeletedPublicEventPayloadEventType {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String>
for ThreadFieldDeletedPublicEventPayloadEventType {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
///`ThreadFieldType`
#[derive(
    ::plain_webhooks::__private::serde::Deserialize,
    ::plain_webhooks::__private::serde::Serialize,
    Clone,
    Copy,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd
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
impl ::std::fmt::Display for ThreadFieldType {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::String => f.write_str("STRING"),
            Self::Bool => f.write_str("BOOL"),
            Self::Enum => f.write_str("ENUM"),
            Self::Number => f.write_str("NUMBER"),
            Self::Currency => f.write_str("CURRENCY"),
            Self::Date => f.write_str("DATE"),
            Self::UnknownThreadFieldSchemaType => {
                f.write_str("UNKNOWN_THREAD_FIELD_SCHEMA_TYPE")
            }
        }
    }
}
impl ::std::str::FromStr for ThreadFieldType {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        match value {
            "STRING" => Ok(Self::String),
            "BOOL" => Ok(Self::Bool),
            "ENUM" => Ok(Self::Enum),
            "NUMBER" => Ok(Self::Number),
            "CURRENCY" => Ok(Self::Currency),
            "DATE" => Ok(Self::Date),
            "UNKNOWN_THREAD_FIELD_SCHEMA_TYPE" => Ok(Self::UnknownThreadFieldSchemaType),
            _ => Err("invalid value".into()),
        }
    }
}
impl ::std::convert::TryFrom<&str> for ThreadFieldType {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for ThreadFieldType {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
///Plain's `threadFieldUpdatedPublicEventPayload` definition, which the schema does not describe. Used in `webhook.payload`.
#[derive(
    ::plain_webhooks::__private::serde::Deserialize,
    ::plain_webhooks::__private::serde::Serialize,
    Clone,
    Debug,
    PartialEq
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
///`ThreadFieldUpdatedPublicEventPayloadEventType`
#[derive(
    ::plain_webhooks::__private::serde::Deserialize,
    ::plain_webhooks::__private::serde::Serialize,
    Clone,
    Copy,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd
)]
#[serde(crate = "::plain_webhooks::__private::serde")]
pub enum ThreadFieldUpdatedPublicEventPayloadEventType {
    #[serde(rename = "thread.thread_field_updated")]
    ThreadThreadFieldUpdated,
}
impl ::std::fmt::Display for ThreadFieldUpdatedPublicEventPayloadEventType {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::ThreadThreadFieldUpdated => f.write_str("thread.thread_field_updated"),
        }
    }
}
impl ::std::str::FromStr for ThreadFieldUpdatedPublicEventPayloadEventType {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        match value {
            "thread.thread_field_updated" => Ok(Self::ThreadThreadFieldUpdated),
            _ => Err("invalid value".into()),
        }
    }
}
impl ::std::convert::TryFrom<&str> for ThreadFieldUpdatedPublicEventPayloadEventType {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String>
for ThreadFieldUpdatedPublicEventPayloadEventType {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
///Plain's `threadLabelsChangedPublicEventPayload` definition, which the schema does not describe. Used in `webhook.payload`.
#[derive(
    ::plain_webhooks::__private::serde::Deserialize,
    ::plain_webhooks::__private::serde::Serialize,
    Clone,
    Debug,
    PartialEq
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
///`ThreadLabelsChangedPublicEventPayloadChangeType`
#[derive(
    ::plain_webhooks::__private::serde::Deserialize,
    ::plain_webhooks::__private::serde::Serialize,
    Clone,
    Copy,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd
)]
#[serde(crate = "::plain_webhooks::__private::serde")]
pub enum ThreadLabelsChangedPublicEventPayloadChangeType {
    #[serde(rename = "ADDED")]
    Added,
    #[serde(rename = "REMOVED")]
    Removed,
}
impl ::std::fmt::Display for ThreadLabelsChangedPublicEventPayloadChangeType {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::Added => f.write_str("ADDED"),
            Self::Removed => f.write_str("REMOVED"),
        }
    }
}
impl ::std::str::FromStr for ThreadLabelsChangedPublicEventPayloadChangeType {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        match value {
            "ADDED" => Ok(Self::Added),
            "REMOVED" => Ok(Self::Removed),
            _ => Err("invalid value".into()),
        }
    }
}
impl ::std::convert::TryFrom<&str> for ThreadLabelsChangedPublicEventPayloadChangeType {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String>
for ThreadLabelsChangedPublicEventPayloadChangeType {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
///`ThreadLabelsChangedPublicEventPayloadEventType`
#[derive(
    ::plain_webhooks::__private::serde::Deserialize,
    ::plain_webhooks::__private::serde::Serialize,
    Clone,
    Copy,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd
)]
#[serde(crate = "::plain_webhooks::__private::serde")]
pub enum ThreadLabelsChangedPublicEventPayloadEventType {
    #[serde(rename = "thread.thread_labels_changed")]
    ThreadThreadLabelsChanged,
}
impl ::std::fmt::Display for ThreadLabelsChangedPublicEventPayloadEventType {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::ThreadThreadLabelsChanged => {
                f.write_str("thread.thread_labels_changed")
            }
        }
    }
}
impl ::std::str::FromStr for ThreadLabelsChangedPublicEventPayloadEventType {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        match value {
            "thread.thread_labels_changed" => Ok(Self::ThreadThreadLabelsChanged),
            _ => Err("invalid value".into()),
        }
    }
}
impl ::std::convert::TryFrom<&str> for ThreadLabelsChangedPublicEventPayloadEventType {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String>
for ThreadLabelsChangedPublicEventPayloadEventType {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
///Plain's `threadMessageInfo` definition, which the schema does not describe. Used in `thread.firstInboundMessageInfo`, `thread.firstOutboundMessageInfo`, `thread.lastInboundMessageInfo`, `thread.lastOutboundMessageInfo`.
#[derive(
    ::plain_webhooks::__private::serde::Deserialize,
    ::plain_webhooks::__private::serde::Serialize,
    Clone,
    Debug,
    PartialEq
)]
#[serde(crate = "::plain_webhooks::__private::serde")]
pub struct ThreadMessageInfo {
    #[serde(rename = "actorId", skip_serializing_if = "::std::option::Option::is_none")]
    pub actor_id: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "actorType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub actor_type: ::std::option::Option<ThreadMessageInfoActorTypeVariant0>,
    #[serde(rename = "messageSource")]
    pub message_source: ThreadMessageInfoMessageSource,
    pub timestamp: ::plain_webhooks::__private::chrono::DateTime<
        ::plain_webhooks::__private::chrono::offset::Utc,
    >,
}
///Plain's `threadMessageInfoActorTypeVariant0` definition, which the schema does not describe. Used in `slackMessageSlackReactionsItem.actors[].actorType`, `threadMessageInfo.actorType`.
#[derive(
    ::plain_webhooks::__private::serde::Deserialize,
    ::plain_webhooks::__private::serde::Serialize,
    Clone,
    Copy,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd
)]
#[serde(crate = "::plain_webhooks::__private::serde")]
pub enum ThreadMessageInfoActorTypeVariant0 {
    #[serde(rename = "user")]
    User,
    #[serde(rename = "machineUser")]
    MachineUser,
    #[serde(rename = "customer")]
    Customer,
    #[serde(rename = "system")]
    System,
}
impl ::std::fmt::Display for ThreadMessageInfoActorTypeVariant0 {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::User => f.write_str("user"),
            Self::MachineUser => f.write_str("machineUser"),
            Self::Customer => f.write_str("customer"),
            Self::System => f.write_str("system"),
        }
    }
}
impl ::std::str::FromStr for ThreadMessageInfoActorTypeVariant0 {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        match value {
            "user" => Ok(Self::User),
            "machineUser" => Ok(Self::MachineUser),
            "customer" => Ok(Self::Customer),
            "system" => Ok(Self::System),
            _ => Err("invalid value".into()),
        }
    }
}
impl ::std::convert::TryFrom<&str> for ThreadMessageInfoActorTypeVariant0 {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String>
for ThreadMessageInfoActorTypeVariant0 {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
///`ThreadMessageInfoMessageSource`
#[derive(
    ::plain_webhooks::__private::serde::Deserialize,
    ::plain_webhooks::__private::serde::Serialize,
    Clone,
    Copy,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd
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
impl ::std::fmt::Display for ThreadMessageInfoMessageSource {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::Chat => f.write_str("CHAT"),
            Self::Email => f.write_str("EMAIL"),
            Self::Api => f.write_str("API"),
            Self::Slack => f.write_str("SLACK"),
            Self::MsTeams => f.write_str("MS_TEAMS"),
            Self::UnknownThreadMessageInfoMessageSource => {
                f.write_str("UNKNOWN_THREAD_MESSAGE_INFO_MESSAGE_SOURCE")
            }
        }
    }
}
impl ::std::str::FromStr for ThreadMessageInfoMessageSource {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        match value {
            "CHAT" => Ok(Self::Chat),
            "EMAIL" => Ok(Self::Email),
            "API" => Ok(Self::Api),
            "SLACK" => Ok(Self::Slack),
            "MS_TEAMS" => Ok(Self::MsTeams),
            "UNKNOWN_THREAD_MESSAGE_INFO_MESSAGE_SOURCE" => {
                Ok(Self::UnknownThreadMessageInfoMessageSource)
            }
            _ => Err("invalid value".into()),
        }
    }
}
impl ::std::convert::TryFrom<&str> for ThreadMessageInfoMessageSource {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for ThreadMessageInfoMessageSource {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
///Plain's `threadMSTeamsMessageReceivedEventPayload` definition, which the schema does not describe. Used in `webhook.payload`.
#[derive(
    ::plain_webhooks::__private::serde::Deserialize,
    ::plain_webhooks::__private::serde::Serialize,
    Clone,
    Debug,
    PartialEq
)]
#[serde(crate = "::plain_webhooks::__private::serde")]
pub struct ThreadMsTeamsMessageReceivedEventPayload {
    #[serde(rename = "eventType")]
    pub event_type: ThreadMsTeamsMessageReceivedEventPayloadEventType,
    #[serde(rename = "msTeamsMessage")]
    pub ms_teams_message: MsTeamsMessage,
    pub thread: Thread,
}
///`ThreadMsTeamsMessageReceivedEventPayloadEventType`
#[derive(
    ::plain_webhooks::__private::serde::Deserialize,
    ::plain_webhooks::__private::serde::Serialize,
    Clone,
    Copy,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd
)]
#[serde(crate = "::plain_webhooks::__private::serde")]
pub enum ThreadMsTeamsMessageReceivedEventPayloadEventType {
    #[serde(rename = "thread.ms_teams_message_received")]
    ThreadMsTeamsMessageReceived,
}
impl ::std::fmt::Display for ThreadMsTeamsMessageReceivedEventPayloadEventType {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::ThreadMsTeamsMessageReceived => {
                f.write_str("thread.ms_teams_message_received")
            }
        }
    }
}
impl ::std::str::FromStr for ThreadMsTeamsMessageReceivedEventPayloadEventType {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        match value {
            "thread.ms_teams_message_received" => Ok(Self::ThreadMsTeamsMessageReceived),
            _ => Err("invalid value".into()),
        }
    }
}
impl ::std::convert::TryFrom<&str>
for ThreadMsTeamsMessageReceivedEventPayloadEventType {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String>
for ThreadMsTeamsMessageReceivedEventPayloadEventType {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
///Plain's `threadMSTeamsMessageSentEventPayload` definition, which the schema does not describe. Used in `webhook.payload`.
#[derive(
    ::plain_webhooks::__private::serde::Deserialize,
    ::plain_webhooks::__private::serde::Serialize,
    Clone,
    Debug,
    PartialEq
)]
#[serde(crate = "::plain_webhooks::__private::serde")]
pub struct ThreadMsTeamsMessageSentEventPayload {
    #[serde(rename = "eventType")]
    pub event_type: ThreadMsTeamsMessageSentEventPayloadEventType,
    #[serde(rename = "msTeamsMessage")]
    pub ms_teams_message: MsTeamsMessage,
    pub thread: Thread,
}
///`ThreadMsTeamsMessageSentEventPayloadEventType`
#[derive(
    ::plain_webhooks::__private::serde::Deserialize,
    ::plain_webhooks::__private::serde::Serialize,
    Clone,
    Copy,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd
)]
#[serde(crate = "::plain_webhooks::__private::serde")]
pub enum ThreadMsTeamsMessageSentEventPayloadEventType {
    #[serde(rename = "thread.ms_teams_message_sent")]
    ThreadMsTeamsMessageSent,
}
impl ::std::fmt::Display for ThreadMsTeamsMessageSentEventPayloadEventType {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::ThreadMsTeamsMessageSent => f.write_str("thread.ms_teams_message_sent"),
        }
    }
}
impl ::std::str::FromStr for ThreadMsTeamsMessageSentEventPayloadEventType {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        match value {
            "thread.ms_teams_message_sent" => Ok(Self::ThreadMsTeamsMessageSent),
            _ => Err("invalid value".into()),
        }
    }
}
impl ::std::convert::TryFrom<&str> for ThreadMsTeamsMessageSentEventPayloadEventType {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String>
for ThreadMsTeamsMessageSentEventPayloadEventType {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
///Plain's `threadNoteCreatedEventPayload` definition, which the schema does not describe. Used in `webhook.payload`.
#[derive(
    ::plain_webhooks::__private::serde::Deserialize,
    ::plain_webhooks::__private::serde::Serialize,
    Clone,
    Debug,
    PartialEq
)]
#[serde(crate = "::plain_webhooks::__private::serde")]
pub struct ThreadNoteCreatedEventPayload {
    #[serde(rename = "eventType")]
    pub event_type: ThreadNoteCreatedEventPayloadEventType,
    pub note: ThreadNoteCreatedEventPayloadNote,
    pub thread: Thread,
}
///`ThreadNoteCreatedEventPayloadEventType`
#[derive(
    ::plain_webhooks::__private::serde::Deserialize,
    ::plain_webhooks::__private::serde::Serialize,
    Clone,
    Copy,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd
)]
#[serde(crate = "::plain_webhooks::__private::serde")]
pub enum ThreadNoteCreatedEventPayloadEventType {
    #[serde(rename = "thread.note_created")]
    ThreadNoteCreated,
}
impl ::std::fmt::Display for ThreadNoteCreatedEventPayloadEventType {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::ThreadNoteCreated => f.write_str("thread.note_created"),
        }
    }
}
impl ::std::str::FromStr for ThreadNoteCreatedEventPayloadEventType {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        match value {
            "thread.note_created" => Ok(Self::ThreadNoteCreated),
            _ => Err("invalid value".into()),
        }
    }
}
impl ::std::convert::TryFrom<&str> for ThreadNoteCreatedEventPayloadEventType {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String>
for ThreadNoteCreatedEventPayloadEventType {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
///`ThreadNoteCreatedEventPayloadNote`
#[derive(
    ::plain_webhooks::__private::serde::Deserialize,
    ::plain_webhooks::__private::serde::Serialize,
    Clone,
    Debug,
    PartialEq
)]
#[serde(crate = "::plain_webhooks::__private::serde")]
pub struct ThreadNoteCreatedEventPayloadNote {
    #[serde(rename = "createdAt")]
    pub created_at: ::plain_webhooks::__private::chrono::DateTime<
        ::plain_webhooks::__private::chrono::offset::Utc,
    >,
    #[serde(rename = "createdBy")]
    pub created_by: InternalActor,
    #[serde(rename = "deletedAt")]
    pub deleted_at: NullableDatetime,
    #[serde(rename = "deletedBy")]
    pub deleted_by: NullableInternalActor,
    pub id: Id,
    #[serde(deserialize_with = "::std::option::Option::deserialize")]
    pub markdown: ::std::option::Option<ThreadNoteCreatedEventPayloadNoteMarkdown>,
    pub text: ThreadNoteCreatedEventPayloadNoteText,
    #[serde(rename = "timelineEntryId")]
    pub timeline_entry_id: Id,
    #[serde(rename = "updatedAt")]
    pub updated_at: ::plain_webhooks::__private::chrono::DateTime<
        ::plain_webhooks::__private::chrono::offset::Utc,
    >,
    #[serde(rename = "updatedBy")]
    pub updated_by: InternalActor,
}
///`ThreadNoteCreatedEventPayloadNoteMarkdown`
#[derive(
    ::plain_webhooks::__private::serde::Serialize,
    Clone,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd
)]
#[serde(transparent)]
#[serde(crate = "::plain_webhooks::__private::serde")]
pub struct ThreadNoteCreatedEventPayloadNoteMarkdown(::std::string::String);
impl ::std::ops::Deref for ThreadNoteCreatedEventPayloadNoteMarkdown {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<ThreadNoteCreatedEventPayloadNoteMarkdown>
for ::std::string::String {
    fn from(value: ThreadNoteCreatedEventPayloadNoteMarkdown) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for ThreadNoteCreatedEventPayloadNoteMarkdown {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        if value.chars().count() > 10000usize {
            return Err("longer than 10000 characters".into());
        }
        if value.chars().count() < 1usize {
            return Err("shorter than 1 characters".into());
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for ThreadNoteCreatedEventPayloadNoteMarkdown {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String>
for ThreadNoteCreatedEventPayloadNoteMarkdown {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::plain_webhooks::__private::serde::Deserialize<'de>
for ThreadNoteCreatedEventPayloadNoteMarkdown {
    fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
    where
        D: ::plain_webhooks::__private::serde::Deserializer<'de>,
    {
        ::std::string::String::deserialize(deserializer)?
            .parse()
            .map_err(|e: self::error::ConversionError| {
                <D::Error as ::plain_webhooks::__private::serde::de::Error>::custom(
                    e.to_string(),
                )
            })
    }
}
///`ThreadNoteCreatedEventPayloadNoteText`
#[derive(
    ::plain_webhooks::__private::serde::Serialize,
    Clone,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd
)]
#[serde(transparent)]
#[serde(crate = "::plain_webhooks::__private::serde")]
pub struct ThreadNoteCreatedEventPayloadNoteText(::std::string::String);
impl ::std::ops::Deref for ThreadNoteCreatedEventPayloadNoteText {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<ThreadNoteCreatedEventPayloadNoteText>
for ::std::string::String {
    fn from(value: ThreadNoteCreatedEventPayloadNoteText) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for ThreadNoteCreatedEventPayloadNoteText {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        if value.chars().count() > 10000usize {
            return Err("longer than 10000 characters".into());
        }
        if value.chars().count() < 1usize {
            return Err("shorter than 1 characters".into());
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for ThreadNoteCreatedEventPayloadNoteText {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String>
for ThreadNoteCreatedEventPayloadNoteText {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::plain_webhooks::__private::serde::Deserialize<'de>
for ThreadNoteCreatedEventPayloadNoteText {
    fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
    where
        D: ::plain_webhooks::__private::serde::Deserializer<'de>,
    {
        ::std::string::String::deserialize(deserializer)?
            .parse()
            .map_err(|e: self::error::ConversionError| {
                <D::Error as ::plain_webhooks::__private::serde::de::Error>::custom(
                    e.to_string(),
                )
            })
    }
}
///`ThreadPreviewText`
#[derive(
    ::plain_webhooks::__private::serde::Serialize,
    Clone,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd
)]
#[serde(transparent)]
#[serde(crate = "::plain_webhooks::__private::serde")]
pub struct ThreadPreviewText(::std::string::String);
impl ::std::ops::Deref for ThreadPreviewText {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<ThreadPreviewText> for ::std::string::String {
    fn from(value: ThreadPreviewText) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for ThreadPreviewText {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        if value.chars().count() > 500usize {
            return Err("longer than 500 characters".into());
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for ThreadPreviewText {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for ThreadPreviewText {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::plain_webhooks::__private::serde::Deserialize<'de> for ThreadPreviewText {
    fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
    where
        D: ::plain_webhooks::__private::serde::Deserializer<'de>,
    {
        ::std::string::String::deserialize(deserializer)?
            .parse()
            .map_err(|e: self::error::ConversionError| {
                <D::Error as ::plain_webhooks::__private::serde::de::Error>::custom(
                    e.to_string(),
                )
            })
    }
}
///Plain's `threadPriority` definition, which the schema does not describe. Used in `thread.priority`, `threadPriorityFilter[]`, `tier.defaultThreadPriority`.
#[derive(
    ::plain_webhooks::__private::serde::Deserialize,
    ::plain_webhooks::__private::serde::Serialize,
    Clone,
    Debug,
    PartialEq
)]
#[serde(transparent)]
#[serde(crate = "::plain_webhooks::__private::serde")]
pub struct ThreadPriority(pub f64);
impl ::std::ops::Deref for ThreadPriority {
    type Target = f64;
    fn deref(&self) -> &f64 {
        &self.0
    }
}
impl ::std::convert::From<ThreadPriority> for f64 {
    fn from(value: ThreadPriority) -> Self {
        value.0
    }
}
impl ::std::convert::From<f64> for ThreadPriority {
    fn from(value: f64) -> Self {
        Self(value)
    }
}
impl ::std::fmt::Display for ThreadPriority {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        self.0.fmt(f)
    }
}
impl ::std::str::FromStr for ThreadPriority {
    type Err = <f64 as ::std::str::FromStr>::Err;
    fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
        Ok(Self(value.parse()?))
    }
}
impl ::std::convert::TryFrom<&str> for ThreadPriority {
    type Error = <f64 as ::std::str::FromStr>::Err;
    fn try_from(value: &str) -> ::std::result::Result<Self, Self::Error> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<String> for ThreadPriority {
    type Error = <f64 as ::std::str::FromStr>::Err;
    fn try_from(value: String) -> ::std::result::Result<Self, Self::Error> {
        value.parse()
    }
}
///Plain's `threadPriorityChangedPublicEventPayload` definition, which the schema does not describe. Used in `webhook.payload`.
#[derive(
    ::plain_webhooks::__private::serde::Deserialize,
    ::plain_webhooks::__private::serde::Serialize,
    Clone,
    Debug,
    PartialEq
)]
#[serde(crate = "::plain_webhooks::__private::serde")]
pub struct ThreadPriorityChangedPublicEventPayload {
    #[serde(rename = "eventType")]
    pub event_type: ThreadPriorityChangedPublicEventPayloadEventType,
    #[serde(rename = "previousThread")]
    pub previous_thread: Thread,
    pub thread: Thread,
}
///`ThreadPriorityChangedPublicEventPayloadEventType`
#[derive(
    ::plain_webhooks::__private::serde::Deserialize,
    ::plain_webhooks::__private::serde::Serialize,
    Clone,
    Copy,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd
)]
#[serde(crate = "::plain_webhooks::__private::serde")]
pub enum ThreadPriorityChangedPublicEventPayloadEventType {
    #[serde(rename = "thread.thread_priority_changed")]
    ThreadThreadPriorityChanged,
}
impl ::std::fmt::Display for ThreadPriorityChangedPublicEventPayloadEventType {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::ThreadThreadPriorityChanged => {
                f.write_str("thread.thread_priority_changed")
            }
        }
    }
}
impl ::std::str::FromStr for ThreadPriorityChangedPublicEventPayloadEventType {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        match value {
            "thread.thread_priority_changed" => Ok(Self::ThreadThreadPriorityChanged),
            _ => Err("invalid value".into()),
        }
    }
}
impl ::std::convert::TryFrom<&str> for ThreadPriorityChangedPublicEventPayloadEventType {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String>
for ThreadPriorityChangedPublicEventPayloadEventType {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
///Plain's `threadPriorityFilter` definition, which the schema does not describe. Used in `serviceLevelAgreementFirstResponseTime.threadPriorityFilter`, `serviceLevelAgreementNextResponseTime.threadPriorityFilter`.
#[derive(
    ::plain_webhooks::__private::serde::Deserialize,
    ::plain_webhooks::__private::serde::Serialize,
    Clone,
    Debug,
    PartialEq
)]
#[serde(transparent)]
#[serde(crate = "::plain_webhooks::__private::serde")]
pub struct ThreadPriorityFilter(pub ::std::vec::Vec<ThreadPriority>);
impl ::std::ops::Deref for ThreadPriorityFilter {
    type Target = ::std::vec::Vec<ThreadPriority>;
    fn deref(&self) -> &::std::vec::Vec<ThreadPriority> {
        &self.0
    }
}
impl ::std::convert::From<ThreadPriorityFilter> for ::std::vec::Vec<ThreadPriority> {
    fn from(value: ThreadPriorityFilter) -> Self {
        value.0
    }
}
impl ::std::convert::From<::std::vec::Vec<ThreadPriority>> for ThreadPriorityFilter {
    fn from(value: ::std::vec::Vec<ThreadPriority>) -> Self {
        Self(value)
    }
}
///Plain's `threadServiceLevelAgreementStatusTransitionedPayload` definition, which the schema does not describe. Used in `webhook.payload`.
#[derive(
    ::plain_webhooks::__private::serde::Deserialize,
    ::plain_webhooks::__private::serde::Serialize,
    Clone,
    Debug,
    PartialEq
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
///`ThreadServiceLevelAgreementStatusTransitionedPayloadEventType`
#[derive(
    ::plain_webhooks::__private::serde::Deserialize,
    ::plain_webhooks::__private::serde::Serialize,
    Clone,
    Copy,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd
)]
#[serde(crate = "::plain_webhooks::__private::serde")]
pub enum ThreadServiceLevelAgreementStatusTransitionedPayloadEventType {
    #[serde(rename = "thread.service_level_agreement_status_transitioned")]
    ThreadServiceLevelAgreementStatusTransitioned,
}
impl ::std::fmt::Display
for ThreadServiceLevelAgreementStatusTransitionedPayloadEventType {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::ThreadServiceLevelAgreementStatusTransitioned => {
                f.write_str("thread.service_level_agreement_status_transitioned")
            }
        }
    }
}
impl ::std::str::FromStr
for ThreadServiceLevelAgreementStatusTransitionedPayloadEventType {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        match value {
            "thread.service_level_agreement_status_transitioned" => {
                Ok(Self::ThreadServiceLevelAgreementStatusTransitioned)
            }
            _ => Err("invalid value".into()),
        }
    }
}
impl ::std::convert::TryFrom<&str>
for ThreadServiceLevelAgreementStatusTransitionedPayloadEventType {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String>
for ThreadServiceLevelAgreementStatusTransitionedPayloadEventType {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
///Plain's `threadSlackMessageReceivedEventPayload` definition, which the schema does not describe. Used in `webhook.payload`.
#[derive(
    ::plain_webhooks::__private::serde::Deserialize,
    ::plain_webhooks::__private::serde::Serialize,
    Clone,
    Debug,
    PartialEq
)]
#[serde(crate = "::plain_webhooks::__private::serde")]
pub struct ThreadSlackMessageReceivedEventPayload {
    #[serde(rename = "eventType")]
    pub event_type: ThreadSlackMessageReceivedEventPayloadEventType,
    #[serde(rename = "slackMessage")]
    pub slack_message: SlackMessage,
    pub thread: Thread,
}
///`ThreadSlackMessageReceivedEventPayloadEventType`
#[derive(
    ::plain_webhooks::__private::serde::Deserialize,
    ::plain_webhooks::__private::serde::Serialize,
    Clone,
    Copy,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd
)]
#[serde(crate = "::plain_webhooks::__private::serde")]
pub enum ThreadSlackMessageReceivedEventPayloadEventType {
    #[serde(rename = "thread.slack_message_received")]
    ThreadSlackMessageReceived,
}
impl ::std::fmt::Display for ThreadSlackMessageReceivedEventPayloadEventType {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::ThreadSlackMessageReceived => {
                f.write_str("thread.slack_message_received")
            }
        }
    }
}
impl ::std::str::FromStr for ThreadSlackMessageReceivedEventPayloadEventType {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        match value {
            "thread.slack_message_received" => Ok(Self::ThreadSlackMessageReceived),
            _ => Err("invalid value".into()),
        }
    }
}
impl ::std::convert::TryFrom<&str> for ThreadSlackMessageReceivedEventPayloadEventType {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String>
for ThreadSlackMessageReceivedEventPayloadEventType {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
///Plain's `threadSlackMessageSentEventPayload` definition, which the schema does not describe. Used in `webhook.payload`.
#[derive(
    ::plain_webhooks::__private::serde::Deserialize,
    ::plain_webhooks::__private::serde::Serialize,
    Clone,
    Debug,
    PartialEq
)]
#[serde(crate = "::plain_webhooks::__private::serde")]
pub struct ThreadSlackMessageSentEventPayload {
    #[serde(rename = "eventType")]
    pub event_type: ThreadSlackMessageSentEventPayloadEventType,
    #[serde(rename = "slackMessage")]
    pub slack_message: SlackMessage,
    pub thread: Thread,
}
///`ThreadSlackMessageSentEventPayloadEventType`
#[derive(
    ::plain_webhooks::__private::serde::Deserialize,
    ::plain_webhooks::__private::serde::Serialize,
    Clone,
    Copy,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd
)]
#[serde(crate = "::plain_webhooks::__private::serde")]
pub enum ThreadSlackMessageSentEventPayloadEventType {
    #[serde(rename = "thread.slack_message_sent")]
    ThreadSlackMessageSent,
}
impl ::std::fmt::Display for ThreadSlackMessageSentEventPayloadEventType {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::ThreadSlackMessageSent => f.write_str("thread.slack_message_sent"),
        }
    }
}
impl ::std::str::FromStr for ThreadSlackMessageSentEventPayloadEventType {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        match value {
            "thread.slack_message_sent" => Ok(Self::ThreadSlackMessageSent),
            _ => Err("invalid value".into()),
        }
    }
}
impl ::std::convert::TryFrom<&str> for ThreadSlackMessageSentEventPayloadEventType {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String>
for ThreadSlackMessageSentEventPayloadEventType {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
///Plain's `threadSlackMessageUpdatedEventPayload` definition, which the schema does not describe. Used in `webhook.payload`.
#[derive(
    ::plain_webhooks::__private::serde::Deserialize,
    ::plain_webhooks::__private::serde::Serialize,
    Clone,
    Debug,
    PartialEq
)]
#[serde(crate = "::plain_webhooks::__private::serde")]
pub struct ThreadSlackMessageUpdatedEventPayload {
    #[serde(
        rename = "changeType",
        default = "defaults::thread_slack_message_updated_event_payload_change_type"
    )]
    pub change_type: ThreadSlackMessageUpdatedEventPayloadChangeType,
    #[serde(rename = "eventType")]
    pub event_type: ThreadSlackMessageUpdatedEventPayloadEventType,
    #[serde(
        rename = "reactionChange",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub reaction_change: ::std::option::Option<SlackReactionChange>,
    #[serde(rename = "slackMessage")]
    pub slack_message: SlackMessage,
    pub thread: Thread,
}
///`ThreadSlackMessageUpdatedEventPayloadChangeType`
#[derive(
    ::plain_webhooks::__private::serde::Deserialize,
    ::plain_webhooks::__private::serde::Serialize,
    Clone,
    Copy,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd
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
impl ::std::fmt::Display for ThreadSlackMessageUpdatedEventPayloadChangeType {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::MessageEdited => f.write_str("MESSAGE_EDITED"),
            Self::MessageDeleted => f.write_str("MESSAGE_DELETED"),
            Self::ReactionsChanged => f.write_str("REACTIONS_CHANGED"),
            Self::UnknownSlackMessageChangeType => {
                f.write_str("UNKNOWN_SLACK_MESSAGE_CHANGE_TYPE")
            }
        }
    }
}
impl ::std::str::FromStr for ThreadSlackMessageUpdatedEventPayloadChangeType {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        match value {
            "MESSAGE_EDITED" => Ok(Self::MessageEdited),
            "MESSAGE_DELETED" => Ok(Self::MessageDeleted),
            "REACTIONS_CHANGED" => Ok(Self::ReactionsChanged),
            "UNKNOWN_SLACK_MESSAGE_CHANGE_TYPE" => {
                Ok(Self::UnknownSlackMessageChangeType)
            }
            _ => Err("invalid value".into()),
        }
    }
}
impl ::std::convert::TryFrom<&str> for ThreadSlackMessageUpdatedEventPayloadChangeType {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String>
for ThreadSlackMessageUpdatedEventPayloadChangeType {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::default::Default for ThreadSlackMessageUpdatedEventPayloadChangeType {
    fn default() -> Self {
        ThreadSlackMessageUpdatedEventPayloadChangeType::UnknownSlackMessageChangeType
    }
}
///`ThreadSlackMessageUpdatedEventPayloadEventType`
#[derive(
    ::plain_webhooks::__private::serde::Deserialize,
    ::plain_webhooks::__private::serde::Serialize,
    Clone,
    Copy,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd
)]
#[serde(crate = "::plain_webhooks::__private::serde")]
pub enum ThreadSlackMessageUpdatedEventPayloadEventType {
    #[serde(rename = "thread.slack_message_updated")]
    ThreadSlackMessageUpdated,
}
impl ::std::fmt::Display for ThreadSlackMessageUpdatedEventPayloadEventType {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::ThreadSlackMessageUpdated => {
                f.write_str("thread.slack_message_updated")
            }
        }
    }
}
impl ::std::str::FromStr for ThreadSlackMessageUpdatedEventPayloadEventType {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        match value {
            "thread.slack_message_updated" => Ok(Self::ThreadSlackMessageUpdated),
            _ => Err("invalid value".into()),
        }
    }
}
impl ::std::convert::TryFrom<&str> for ThreadSlackMessageUpdatedEventPayloadEventType {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String>
for ThreadSlackMessageUpdatedEventPayloadEventType {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
///Plain's `threadStatus` definition, which the schema does not describe. Used in `thread.status`.
#[derive(
    ::plain_webhooks::__private::serde::Deserialize,
    ::plain_webhooks::__private::serde::Serialize,
    Clone,
    Copy,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd
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
impl ::std::fmt::Display for ThreadStatus {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::Todo => f.write_str("TODO"),
            Self::Done => f.write_str("DONE"),
            Self::Snoozed => f.write_str("SNOOZED"),
            Self::UnknownThreadStatus => f.write_str("UNKNOWN_THREAD_STATUS"),
        }
    }
}
impl ::std::str::FromStr for ThreadStatus {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        match value {
            "TODO" => Ok(Self::Todo),
            "DONE" => Ok(Self::Done),
            "SNOOZED" => Ok(Self::Snoozed),
            "UNKNOWN_THREAD_STATUS" => Ok(Self::UnknownThreadStatus),
            _ => Err("invalid value".into()),
        }
    }
}
impl ::std::convert::TryFrom<&str> for ThreadStatus {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for ThreadStatus {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
///Plain's `threadStatusDetailCreated` definition, which the schema does not describe. Used in `threadStatusDetail`.
#[derive(
    ::plain_webhooks::__private::serde::Deserialize,
    ::plain_webhooks::__private::serde::Serialize,
    Clone,
    Debug,
    PartialEq
)]
#[serde(crate = "::plain_webhooks::__private::serde")]
pub struct ThreadStatusDetailCreated {
    #[serde(rename = "createdAt")]
    pub created_at: ::plain_webhooks::__private::chrono::DateTime<
        ::plain_webhooks::__private::chrono::offset::Utc,
    >,
}
///Plain's `threadStatusDetailDoneAutomaticallySet` definition, which the schema does not describe. Used in `threadStatusDetail`.
#[derive(
    ::plain_webhooks::__private::serde::Deserialize,
    ::plain_webhooks::__private::serde::Serialize,
    Clone,
    Debug,
    Default,
    PartialEq
)]
#[serde(crate = "::plain_webhooks::__private::serde")]
pub struct ThreadStatusDetailDoneAutomaticallySet {
    #[serde(
        rename = "afterSeconds",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub after_seconds: ::std::option::Option<f64>,
}
///Plain's `threadStatusDetailThreadDiscussionResolved` definition, which the schema does not describe. Used in `threadStatusDetail`.
#[derive(
    ::plain_webhooks::__private::serde::Deserialize,
    ::plain_webhooks::__private::serde::Serialize,
    Clone,
    Debug,
    Default,
    PartialEq
)]
#[serde(crate = "::plain_webhooks::__private::serde")]
pub struct ThreadStatusDetailThreadDiscussionResolved {
    #[serde(
        rename = "threadDiscussionId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub thread_discussion_id: ::std::option::Option<Id>,
}
///Plain's `threadStatusDetailThreadLinkUpdated` definition, which the schema does not describe. Used in `threadStatusDetail`.
#[derive(
    ::plain_webhooks::__private::serde::Deserialize,
    ::plain_webhooks::__private::serde::Serialize,
    Clone,
    Debug,
    Default,
    PartialEq
)]
#[serde(crate = "::plain_webhooks::__private::serde")]
pub struct ThreadStatusDetailThreadLinkUpdated {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub linear: ::std::option::Option<ThreadStatusDetailThreadLinkUpdatedLinear>,
}
///`ThreadStatusDetailThreadLinkUpdatedLinear`
#[derive(
    ::plain_webhooks::__private::serde::Deserialize,
    ::plain_webhooks::__private::serde::Serialize,
    Clone,
    Debug,
    PartialEq
)]
#[serde(crate = "::plain_webhooks::__private::serde")]
pub struct ThreadStatusDetailThreadLinkUpdatedLinear {
    #[serde(rename = "issueId")]
    pub issue_id: ::plain_webhooks::__private::uuid::Uuid,
}
///Plain's `threadStatusDetailWaitingForDuration` definition, which the schema does not describe. Used in `threadStatusDetail`.
#[derive(
    ::plain_webhooks::__private::serde::Deserialize,
    ::plain_webhooks::__private::serde::Serialize,
    Clone,
    Debug,
    PartialEq
)]
#[serde(crate = "::plain_webhooks::__private::serde")]
pub struct ThreadStatusDetailWaitingForDuration {
    #[serde(rename = "durationSeconds")]
    pub duration_seconds: f64,
    #[serde(rename = "waitingUntil")]
    pub waiting_until: ::plain_webhooks::__private::chrono::DateTime<
        ::plain_webhooks::__private::chrono::offset::Utc,
    >,
}
///Plain's `threadStatusTransitionedPublicEventPayload` definition, which the schema does not describe. Used in `webhook.payload`.
#[derive(
    ::plain_webhooks::__private::serde::Deserialize,
    ::plain_webhooks::__private::serde::Serialize,
    Clone,
    Debug,
    PartialEq
)]
#[serde(crate = "::plain_webhooks::__private::serde")]
pub struct ThreadStatusTransitionedPublicEventPayload {
    #[serde(rename = "eventType")]
    pub event_type: ThreadStatusTransitionedPublicEventPayloadEventType,
    #[serde(rename = "previousThread")]
    pub previous_thread: Thread,
    pub thread: Thread,
}
///`ThreadStatusTransitionedPublicEventPayloadEventType`
#[derive(
    ::plain_webhooks::__private::serde::Deserialize,
    ::plain_webhooks::__private::serde::Serialize,
    Clone,
    Copy,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd
)]
#[serde(crate = "::plain_webhooks::__private::serde")]
pub enum ThreadStatusTransitionedPublicEventPayloadEventType {
    #[serde(rename = "thread.thread_status_transitioned")]
    ThreadThreadStatusTransitioned,
}
impl ::std::fmt::Display for ThreadStatusTransitionedPublicEventPayloadEventType {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::ThreadThreadStatusTransitioned => {
                f.write_str("thread.thread_status_transitioned")
            }
        }
    }
}
impl ::std::str::FromStr for ThreadStatusTransitionedPublicEventPayloadEventType {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        match value {
            "thread.thread_status_transitioned" => {
                Ok(Self::ThreadThreadStatusTransitioned)
            }
            _ => Err("invalid value".into()),
        }
    }
}
impl ::std::convert::TryFrom<&str>
for ThreadStatusTransitionedPublicEventPayloadEventType {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String>
for ThreadStatusTransitionedPublicEventPayloadEventType {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
///Plain's `threadTenantUpdatedPublicEventPayload` definition, which the schema does not describe. Used in `webhook.payload`.
#[derive(
    ::plain_webhooks::__private::serde::Deserialize,
    ::plain_webhooks::__private::serde::Serialize,
    Clone,
    Debug,
    PartialEq
)]
#[serde(crate = "::plain_webhooks::__private::serde")]
pub struct ThreadTenantUpdatedPublicEventPayload {
    #[serde(rename = "eventType")]
    pub event_type: ThreadTenantUpdatedPublicEventPayloadEventType,
    #[serde(
        rename = "previousTenant",
        deserialize_with = "::std::option::Option::deserialize"
    )]
    pub previous_tenant: ::std::option::Option<
        ThreadTenantUpdatedPublicEventPayloadPreviousTenantVariant0,
    >,
    #[serde(rename = "previousThread")]
    pub previous_thread: Thread,
    #[serde(deserialize_with = "::std::option::Option::deserialize")]
    pub tenant: ::std::option::Option<
        ThreadTenantUpdatedPublicEventPayloadPreviousTenantVariant0,
    >,
    pub thread: Thread,
}
///`ThreadTenantUpdatedPublicEventPayloadEventType`
#[derive(
    ::plain_webhooks::__private::serde::Deserialize,
    ::plain_webhooks::__private::serde::Serialize,
    Clone,
    Copy,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd
)]
#[serde(crate = "::plain_webhooks::__private::serde")]
pub enum ThreadTenantUpdatedPublicEventPayloadEventType {
    #[serde(rename = "thread.thread_tenant_updated")]
    ThreadThreadTenantUpdated,
}
impl ::std::fmt::Display for ThreadTenantUpdatedPublicEventPayloadEventType {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::ThreadThreadTenantUpdated => {
                f.write_str("thread.thread_tenant_updated")
            }
        }
    }
}
impl ::std::str::FromStr for ThreadTenantUpdatedPublicEventPayloadEventType {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        match value {
            "thread.thread_tenant_updated" => Ok(Self::ThreadThreadTenantUpdated),
            _ => Err("invalid value".into()),
        }
    }
}
impl ::std::convert::TryFrom<&str> for ThreadTenantUpdatedPublicEventPayloadEventType {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String>
for ThreadTenantUpdatedPublicEventPayloadEventType {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
///Plain's `threadTenantUpdatedPublicEventPayloadPreviousTenantVariant0` definition, which the schema does not describe. Used in `threadTenantUpdatedPublicEventPayload.previousTenant`, `threadTenantUpdatedPublicEventPayload.tenant`.
#[derive(
    ::plain_webhooks::__private::serde::Deserialize,
    ::plain_webhooks::__private::serde::Serialize,
    Clone,
    Debug,
    PartialEq
)]
#[serde(crate = "::plain_webhooks::__private::serde")]
pub struct ThreadTenantUpdatedPublicEventPayloadPreviousTenantVariant0 {
    #[serde(rename = "createdAt")]
    pub created_at: ::plain_webhooks::__private::chrono::DateTime<
        ::plain_webhooks::__private::chrono::offset::Utc,
    >,
    #[serde(rename = "createdBy")]
    pub created_by: Actor,
    #[serde(rename = "externalId")]
    pub external_id: ::std::string::String,
    pub id: Id,
    pub name: ::std::string::String,
    #[serde(
        default = "defaults::thread_tenant_updated_public_event_payload_previous_tenant_variant0_source"
    )]
    pub source: ThreadTenantUpdatedPublicEventPayloadPreviousTenantVariant0Source,
    #[serde(rename = "updatedAt")]
    pub updated_at: ::plain_webhooks::__private::chrono::DateTime<
        ::plain_webhooks::__private::chrono::offset::Utc,
    >,
    #[serde(rename = "updatedBy")]
    pub updated_by: Actor,
    #[serde(deserialize_with = "::std::option::Option::deserialize")]
    pub url: ::std::option::Option<::std::string::String>,
    #[serde(rename = "workspaceId")]
    pub workspace_id: Id,
}
///`ThreadTenantUpdatedPublicEventPayloadPreviousTenantVariant0Source`
#[derive(
    ::plain_webhooks::__private::serde::Deserialize,
    ::plain_webhooks::__private::serde::Serialize,
    Clone,
    Copy,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd
)]
#[serde(crate = "::plain_webhooks::__private::serde")]
pub enum ThreadTenantUpdatedPublicEventPayloadPreviousTenantVariant0Source {
    #[serde(rename = "api")]
    Api,
    #[serde(rename = "salesforce")]
    Salesforce,
    #[serde(rename = "hubspot")]
    Hubspot,
    #[serde(rename = "UNKNOWN_TENANT_SOURCE")]
    UnknownTenantSource,
}
impl ::std::fmt::Display
for ThreadTenantUpdatedPublicEventPayloadPreviousTenantVariant0Source {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::Api => f.write_str("api"),
            Self::Salesforce => f.write_str("salesforce"),
            Self::Hubspot => f.write_str("hubspot"),
            Self::UnknownTenantSource => f.write_str("UNKNOWN_TENANT_SOURCE"),
        }
    }
}
impl ::std::str::FromStr
for ThreadTenantUpdatedPublicEventPayloadPreviousTenantVariant0Source {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        match value {
            "api" => Ok(Self::Api),
            "salesforce" => Ok(Self::Salesforce),
            "hubspot" => Ok(Self::Hubspot),
            "UNKNOWN_TENANT_SOURCE" => Ok(Self::UnknownTenantSource),
            _ => Err("invalid value".into()),
        }
    }
}
impl ::std::convert::TryFrom<&str>
for ThreadTenantUpdatedPublicEventPayloadPreviousTenantVariant0Source {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String>
for ThreadTenantUpdatedPublicEventPayloadPreviousTenantVariant0Source {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::default::Default
for ThreadTenantUpdatedPublicEventPayloadPreviousTenantVariant0Source {
    fn default() -> Self {
        ThreadTenantUpdatedPublicEventPayloadPreviousTenantVariant0Source::Api
    }
}
///`ThreadTitle`
#[derive(
    ::plain_webhooks::__private::serde::Serialize,
    Clone,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd
)]
#[serde(transparent)]
#[serde(crate = "::plain_webhooks::__private::serde")]
pub struct ThreadTitle(::std::string::String);
impl ::std::ops::Deref for ThreadTitle {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<ThreadTitle> for ::std::string::String {
    fn from(value: ThreadTitle) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for ThreadTitle {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        if value.chars().count() > 500usize {
            return Err("longer than 500 characters".into());
        }
        if value.chars().count() < 1usize {
            return Err("shorter than 1 characters".into());
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for ThreadTitle {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for ThreadTitle {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::plain_webhooks::__private::serde::Deserialize<'de> for ThreadTitle {
    fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
    where
        D: ::plain_webhooks::__private::serde::Deserializer<'de>,
    {
        ::std::string::String::deserialize(deserializer)?
            .parse()
            .map_err(|e: self::error::ConversionError| {
                <D::Error as ::plain_webhooks::__private::serde::de::Error>::custom(
                    e.to_string(),
                )
            })
    }
}
///Plain's `tier` definition, which the schema does not describe. Used in `serviceLevelAgreementFirstResponseTime.tier`, `serviceLevelAgreementNextResponseTime.tier`.
#[derive(
    ::plain_webhooks::__private::serde::Deserialize,
    ::plain_webhooks::__private::serde::Serialize,
    Clone,
    Debug,
    PartialEq
)]
#[serde(crate = "::plain_webhooks::__private::serde")]
pub struct Tier {
    pub color: TierColor,
    #[serde(rename = "createdAt")]
    pub created_at: ::plain_webhooks::__private::chrono::DateTime<
        ::plain_webhooks::__private::chrono::offset::Utc,
    >,
    #[serde(rename = "createdBy")]
    pub created_by: InternalActor,
    #[serde(
        rename = "defaultThreadPriority",
        default = "defaults::tier_default_thread_priority"
    )]
    pub default_thread_priority: ThreadPriority,
    #[serde(
        rename = "externalId",
        deserialize_with = "::std::option::Option::deserialize"
    )]
    pub external_id: ::std::option::Option<TierExternalId>,
    pub id: Id,
    #[serde(rename = "isDefault")]
    pub is_default: bool,
    pub name: TierName,
    #[serde(rename = "updatedAt")]
    pub updated_at: ::plain_webhooks::__private::chrono::DateTime<
        ::plain_webhooks::__private::chrono::offset::Utc,
    >,
    #[serde(rename = "updatedBy")]
    pub updated_by: InternalActor,
}
///`TierColor`
#[derive(
    ::plain_webhooks::__private::serde::Serialize,
    Clone,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd
)]
#[serde(transparent)]
#[serde(crate = "::plain_webhooks::__private::serde")]
pub struct TierColor(::std::string::String);
impl ::std::ops::Deref for TierColor {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<TierColor> for ::std::string::String {
    fn from(value: TierColor) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for TierColor {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        if value.chars().count() > 500usize {
            return Err("longer than 500 characters".into());
        }
        if value.chars().count() < 1usize {
            return Err("shorter than 1 characters".into());
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for TierColor {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for TierColor {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::plain_webhooks::__private::serde::Deserialize<'de> for TierColor {
    fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
    where
        D: ::plain_webhooks::__private::serde::Deserializer<'de>,
    {
        ::std::string::String::deserialize(deserializer)?
            .parse()
            .map_err(|e: self::error::ConversionError| {
                <D::Error as ::plain_webhooks::__private::serde::de::Error>::custom(
                    e.to_string(),
                )
            })
    }
}
///`TierExternalId`
#[derive(
    ::plain_webhooks::__private::serde::Serialize,
    Clone,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd
)]
#[serde(transparent)]
#[serde(crate = "::plain_webhooks::__private::serde")]
pub struct TierExternalId(::std::string::String);
impl ::std::ops::Deref for TierExternalId {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<TierExternalId> for ::std::string::String {
    fn from(value: TierExternalId) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for TierExternalId {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        if value.chars().count() > 500usize {
            return Err("longer than 500 characters".into());
        }
        if value.chars().count() < 1usize {
            return Err("shorter than 1 characters".into());
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for TierExternalId {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for TierExternalId {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::plain_webhooks::__private::serde::Deserialize<'de> for TierExternalId {
    fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
    where
        D: ::plain_webhooks::__private::serde::Deserializer<'de>,
    {
        ::std::string::String::deserialize(deserializer)?
            .parse()
            .map_err(|e: self::error::ConversionError| {
                <D::Error as ::plain_webhooks::__private::serde::de::Error>::custom(
                    e.to_string(),
                )
            })
    }
}
///`TierName`
#[derive(
    ::plain_webhooks::__private::serde::Serialize,
    Clone,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd
)]
#[serde(transparent)]
#[serde(crate = "::plain_webhooks::__private::serde")]
pub struct TierName(::std::string::String);
impl ::std::ops::Deref for TierName {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<TierName> for ::std::string::String {
    fn from(value: TierName) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for TierName {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        if value.chars().count() > 500usize {
            return Err("longer than 500 characters".into());
        }
        if value.chars().count() < 1usize {
            return Err("shorter than 1 characters".into());
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for TierName {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for TierName {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::plain_webhooks::__private::serde::Deserialize<'de> for TierName {
    fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
    where
        D: ::plain_webhooks::__private::serde::Deserializer<'de>,
    {
        ::std::string::String::deserialize(deserializer)?
            .parse()
            .map_err(|e: self::error::ConversionError| {
                <D::Error as ::plain_webhooks::__private::serde::de::Error>::custom(
                    e.to_string(),
                )
            })
    }
}
///Plain's `timelineEntry` definition, which the schema does not describe. Used in `timelineEntryChangedPayload.previousTimelineEntry`, `timelineEntryChangedPayload.timelineEntry`.
#[derive(
    ::plain_webhooks::__private::serde::Deserialize,
    ::plain_webhooks::__private::serde::Serialize,
    Clone,
    Debug,
    PartialEq
)]
#[serde(crate = "::plain_webhooks::__private::serde")]
pub struct TimelineEntry {
    pub actor: Actor,
    #[serde(rename = "customerId")]
    pub customer_id: Id,
    pub entry: TimelineEntryEntry,
    pub id: Id,
    #[serde(rename = "threadId", skip_serializing_if = "::std::option::Option::is_none")]
    pub thread_id: ::std::option::Option<Id>,
    pub timestamp: ::plain_webhooks::__private::chrono::DateTime<
        ::plain_webhooks::__private::chrono::offset::Utc,
    >,
}
///A timeline entry has been added, updated or removed
#[derive(
    ::plain_webhooks::__private::serde::Deserialize,
    ::plain_webhooks::__private::serde::Serialize,
    Clone,
    Debug,
    PartialEq
)]
#[serde(crate = "::plain_webhooks::__private::serde")]
pub struct TimelineEntryChangedPayload {
    #[serde(rename = "changeType")]
    pub change_type: TimelineEntryChangedPayloadChangeType,
    #[serde(rename = "eventType")]
    pub event_type: TimelineEntryChangedPayloadEventType,
    ///null if changeType=ADDED
    #[serde(
        rename = "previousTimelineEntry",
        deserialize_with = "::std::option::Option::deserialize"
    )]
    pub previous_timeline_entry: ::std::option::Option<TimelineEntry>,
    ///null if changeType=REMOVED
    #[serde(
        rename = "timelineEntry",
        deserialize_with = "::std::option::Option::deserialize"
    )]
    pub timeline_entry: ::std::option::Option<TimelineEntry>,
}
///`TimelineEntryChangedPayloadChangeType`
#[derive(
    ::plain_webhooks::__private::serde::Deserialize,
    ::plain_webhooks::__private::serde::Serialize,
    Clone,
    Copy,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd
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
impl ::std::fmt::Display for TimelineEntryChangedPayloadChangeType {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::Added => f.write_str("ADDED"),
            Self::Updated => f.write_str("UPDATED"),
            Self::Removed => f.write_str("REMOVED"),
        }
    }
}
impl ::std::str::FromStr for TimelineEntryChangedPayloadChangeType {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        match value {
            "ADDED" => Ok(Self::Added),
            "UPDATED" => Ok(Self::Updated),
            "REMOVED" => Ok(Self::Removed),
            _ => Err("invalid value".into()),
        }
    }
}
impl ::std::convert::TryFrom<&str> for TimelineEntryChangedPayloadChangeType {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String>
for TimelineEntryChangedPayloadChangeType {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
///`TimelineEntryChangedPayloadEventType`
#[derive(
    ::plain_webhooks::__private::serde::Deserialize,
    ::plain_webhooks::__private::serde::Serialize,
    Clone,
    Copy,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd
)]
#[serde(crate = "::plain_webhooks::__private::serde")]
pub enum TimelineEntryChangedPayloadEventType {
    #[serde(rename = "timeline.timeline_entry_changed")]
    TimelineTimelineEntryChanged,
}
impl ::std::fmt::Display for TimelineEntryChangedPayloadEventType {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::TimelineTimelineEntryChanged => {
                f.write_str("timeline.timeline_entry_changed")
            }
        }
    }
}
impl ::std::str::FromStr for TimelineEntryChangedPayloadEventType {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        match value {
            "timeline.timeline_entry_changed" => Ok(Self::TimelineTimelineEntryChanged),
            _ => Err("invalid value".into()),
        }
    }
}
impl ::std::convert::TryFrom<&str> for TimelineEntryChangedPayloadEventType {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String>
for TimelineEntryChangedPayloadEventType {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
///Plain's `user` definition, which the schema does not describe. Used in `threadAssignee`.
#[derive(
    ::plain_webhooks::__private::serde::Deserialize,
    ::plain_webhooks::__private::serde::Serialize,
    Clone,
    Debug,
    PartialEq
)]
#[serde(crate = "::plain_webhooks::__private::serde")]
pub struct User {
    #[serde(rename = "createdAt")]
    pub created_at: ::plain_webhooks::__private::chrono::DateTime<
        ::plain_webhooks::__private::chrono::offset::Utc,
    >,
    #[serde(rename = "createdBy")]
    pub created_by: InternalActor,
    #[serde(rename = "deletedAt")]
    pub deleted_at: NullableDatetime,
    #[serde(rename = "deletedBy")]
    pub deleted_by: NullableInternalActor,
    pub email: EmailAddress,
    #[serde(rename = "fullName")]
    pub full_name: ::std::string::String,
    pub id: Id,
    #[serde(rename = "publicName")]
    pub public_name: ::std::string::String,
    pub status: UserStatus,
    #[serde(rename = "statusChangedAt")]
    pub status_changed_at: ::plain_webhooks::__private::chrono::DateTime<
        ::plain_webhooks::__private::chrono::offset::Utc,
    >,
    #[serde(rename = "updatedAt")]
    pub updated_at: ::plain_webhooks::__private::chrono::DateTime<
        ::plain_webhooks::__private::chrono::offset::Utc,
    >,
    #[serde(rename = "updatedBy")]
    pub updated_by: InternalActor,
}
///Plain's `userActor` definition, which the schema does not describe. Used in `actor`, `emailActor`, `internalActor`.
#[derive(
    ::plain_webhooks::__private::serde::Deserialize,
    ::plain_webhooks::__private::serde::Serialize,
    Clone,
    Debug,
    PartialEq
)]
#[serde(crate = "::plain_webhooks::__private::serde")]
pub struct UserActor {
    #[serde(rename = "userId")]
    pub user_id: Id,
}
///`UserStatus`
#[derive(
    ::plain_webhooks::__private::serde::Deserialize,
    ::plain_webhooks::__private::serde::Serialize,
    Clone,
    Copy,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd
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
impl ::std::fmt::Display for UserStatus {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::Online => f.write_str("ONLINE"),
            Self::Offline => f.write_str("OFFLINE"),
            Self::Break => f.write_str("BREAK"),
            Self::Away => f.write_str("AWAY"),
            Self::UnknownUserStatus => f.write_str("UNKNOWN_USER_STATUS"),
        }
    }
}
impl ::std::str::FromStr for UserStatus {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        match value {
            "ONLINE" => Ok(Self::Online),
            "OFFLINE" => Ok(Self::Offline),
            "BREAK" => Ok(Self::Break),
            "AWAY" => Ok(Self::Away),
            "UNKNOWN_USER_STATUS" => Ok(Self::UnknownUserStatus),
            _ => Err("invalid value".into()),
        }
    }
}
impl ::std::convert::TryFrom<&str> for UserStatus {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for UserStatus {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
///Plain's `webhookMetadata` definition, which the schema does not describe. Used in `webhook.webhookMetadata`.
#[derive(
    ::plain_webhooks::__private::serde::Deserialize,
    ::plain_webhooks::__private::serde::Serialize,
    Clone,
    Debug,
    PartialEq
)]
#[serde(crate = "::plain_webhooks::__private::serde")]
pub struct WebhookMetadata {
    #[serde(rename = "webhookDeliveryAttemptId")]
    pub webhook_delivery_attempt_id: Id,
    #[serde(rename = "webhookDeliveryAttemptNumber")]
    pub webhook_delivery_attempt_number: ::std::num::NonZeroU64,
    #[serde(rename = "webhookDeliveryAttemptTimestamp")]
    pub webhook_delivery_attempt_timestamp: ::plain_webhooks::__private::chrono::DateTime<
        ::plain_webhooks::__private::chrono::offset::Utc,
    >,
    #[serde(rename = "webhookTargetId")]
    pub webhook_target_id: Id,
    ///The webhook target version this delivery was made for. This schema describes version `2026-04-21`.
    #[serde(
        rename = "webhookTargetVersion",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub webhook_target_version: ::std::option::Option<::std::string::String>,
}
/// Generation of default values for serde.
#[doc(hidden)]
pub mod defaults {
    pub(super) fn thread_slack_message_updated_event_payload_change_type() -> super::ThreadSlackMessageUpdatedEventPayloadChangeType {
        super::ThreadSlackMessageUpdatedEventPayloadChangeType::UnknownSlackMessageChangeType
    }
    pub(super) fn thread_tenant_updated_public_event_payload_previous_tenant_variant0_source() -> super::ThreadTenantUpdatedPublicEventPayloadPreviousTenantVariant0Source {
        super::ThreadTenantUpdatedPublicEventPayloadPreviousTenantVariant0Source::Api
    }
    pub(super) fn tier_default_thread_priority() -> super::ThreadPriority {
        super::ThreadPriority(2_f64)
    }
}
/// Error types.
pub mod error {
    /// Error from a `TryFrom` or `FromStr` implementation.
    pub struct ConversionError(::std::borrow::Cow<'static, str>);
    impl ::std::error::Error for ConversionError {}
    impl ::std::fmt::Display for ConversionError {
        fn fmt(
            &self,
            f: &mut ::std::fmt::Formatter<'_>,
        ) -> Result<(), ::std::fmt::Error> {
            ::std::fmt::Display::fmt(&self.0, f)
        }
    }
    impl ::std::fmt::Debug for ConversionError {
        fn fmt(
            &self,
            f: &mut ::std::fmt::Formatter<'_>,
        ) -> Result<(), ::std::fmt::Error> {
            ::std::fmt::Debug::fmt(&self.0, f)
        }
    }
    impl From<&'static str> for ConversionError {
        fn from(value: &'static str) -> Self {
            Self(value.into())
        }
    }
    impl From<String> for ConversionError {
        fn from(value: String) -> Self {
            Self(value.into())
        }
    }
}
/// One of 5 kinds, told apart by `actorType` (`#/definitions/actor`).
#[derive(Clone, Debug, PartialEq, ::plain_webhooks::__private::serde::Serialize)]
#[serde(tag = "actorType")]
#[serde(crate = "::plain_webhooks::__private::serde")]
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
/// One of 11 kinds, told apart by `type` (`#/definitions/component`).
#[derive(Clone, Debug, PartialEq, ::plain_webhooks::__private::serde::Serialize)]
#[serde(tag = "type")]
#[serde(crate = "::plain_webhooks::__private::serde")]
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
/// One of 10 kinds, told apart by `type` (`#/definitions/componentContainerContent`).
#[derive(Clone, Debug, PartialEq, ::plain_webhooks::__private::serde::Serialize)]
#[serde(tag = "type")]
#[serde(crate = "::plain_webhooks::__private::serde")]
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
/// One of 9 kinds, told apart by `type` (`#/definitions/componentRowContent`).
#[derive(Clone, Debug, PartialEq, ::plain_webhooks::__private::serde::Serialize)]
#[serde(tag = "type")]
#[serde(crate = "::plain_webhooks::__private::serde")]
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
/// One of 3 kinds, told apart by `changeType` (`#/definitions/customerGroupChangedPayload`).
#[derive(Clone, Debug, PartialEq, ::plain_webhooks::__private::serde::Serialize)]
#[serde(tag = "changeType")]
#[serde(crate = "::plain_webhooks::__private::serde")]
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
/// One of 5 kinds, told apart by `actorType` (`#/definitions/emailActor`).
#[derive(Clone, Debug, PartialEq, ::plain_webhooks::__private::serde::Serialize)]
#[serde(tag = "actorType")]
#[serde(crate = "::plain_webhooks::__private::serde")]
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
/// One of 4 kinds, told apart by `actorType` (`#/definitions/internalActor`).
#[derive(Clone, Debug, PartialEq, ::plain_webhooks::__private::serde::Serialize)]
#[serde(tag = "actorType")]
#[serde(crate = "::plain_webhooks::__private::serde")]
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
/// One of 3 kinds, told apart by `type` (`#/definitions/serviceLevelAgreement`).
#[derive(Clone, Debug, PartialEq, ::plain_webhooks::__private::serde::Serialize)]
#[serde(tag = "type")]
#[serde(crate = "::plain_webhooks::__private::serde")]
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
/// One of 7 kinds, told apart by `status` (`#/definitions/serviceLevelAgreementStatusDetail`).
#[derive(Clone, Debug, PartialEq, ::plain_webhooks::__private::serde::Serialize)]
#[serde(tag = "status")]
#[serde(crate = "::plain_webhooks::__private::serde")]
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
/// One of 11 kinds, told apart by `type` (`#/definitions/threadStatusDetail`).
#[derive(Clone, Debug, PartialEq, ::plain_webhooks::__private::serde::Serialize)]
#[serde(tag = "type")]
#[serde(crate = "::plain_webhooks::__private::serde")]
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
/// One of 5 kinds, told apart by `entryType` (`#/definitions/timelineEntryEntry`).
#[derive(Clone, Debug, PartialEq, ::plain_webhooks::__private::serde::Serialize)]
#[serde(tag = "entryType")]
#[serde(crate = "::plain_webhooks::__private::serde")]
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
/// The webhook target version this schema describes
/// (`webhookMetadata.webhookTargetVersion`); `None` for revisions
/// from before Plain versioned its webhooks.
pub const SCHEMA_VERSION: ::core::option::Option<&'static str> = ::core::option::Option::Some(
    "2026-04-21",
);
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
        payload: ::std::boxed::Box<::plain_webhooks::__private::RawValue>,
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
            ) => a == b && p.get() == q.get(),
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
        ::plain_webhooks::__private::chrono::offset::Utc,
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
        ::plain_webhooks::__private::chrono::offset::Utc,
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
#[serde(crate = "::plain_webhooks::__private::serde")]
struct __Envelope<'a> {
    #[serde(rename = "id")]
    id: Id,
    #[serde(rename = "timestamp")]
    timestamp: ::plain_webhooks::__private::chrono::DateTime<
        ::plain_webhooks::__private::chrono::offset::Utc,
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
/// [`SCHEMA_VERSION`] (as Plain's own SDK does). It does not check
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
        SCHEMA_VERSION,
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
                payload: ::std::borrow::ToOwned::to_owned(raw),
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
    #[allow(clippy::boxed_local)]
    fn on_unknown(
        &self,
        ctx: &Context,
        event_type: ::std::string::String,
        payload: ::std::boxed::Box<::plain_webhooks::__private::RawValue>,
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
        ::std::vec![SCHEMA_VERSION]
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
