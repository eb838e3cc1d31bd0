///`Attachment`
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
    pub created_at: Datetime,
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
    pub updated_at: Datetime,
    #[serde(rename = "updatedBy")]
    pub updated_by: Actor,
}
///`AttachmentFileMimeType`
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
        if ::plain_webhooks::__private::strings::chars_below(value, 1usize) {
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
        ::plain_webhooks::__private::strings::deserialize_from_str(deserializer)
    }
}
///`AttachmentFileName`
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
        if ::plain_webhooks::__private::strings::chars_below(value, 1usize) {
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
        ::plain_webhooks::__private::strings::deserialize_from_str(deserializer)
    }
}
///`AttachmentFileSizeBytes`
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
///`Chat`
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
    pub created_at: Datetime,
    #[serde(rename = "createdBy")]
    pub created_by: Actor,
    #[serde(
        rename = "customerReadAt",
        deserialize_with = "::std::option::Option::deserialize"
    )]
    pub customer_read_at: ::std::option::Option<Datetime>,
    pub id: Id,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub text: ::std::option::Option<ChatText>,
    #[serde(rename = "timelineEntryId")]
    pub timeline_entry_id: Id,
    #[serde(rename = "updatedAt")]
    pub updated_at: Datetime,
    #[serde(rename = "updatedBy")]
    pub updated_by: Actor,
}
///`ChatEntry`
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
    pub customer_read_at: ::std::option::Option<Datetime>,
    #[serde(deserialize_with = "::std::option::Option::deserialize")]
    pub text: ::std::option::Option<::std::string::String>,
}
///`ChatEntryAttachment`
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
    pub created_at: Datetime,
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
    pub updated_at: Datetime,
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
        if ::plain_webhooks::__private::strings::chars_above(value, 5000usize) {
            return Err("longer than 5000 characters".into());
        }
        if ::plain_webhooks::__private::strings::chars_below(value, 1usize) {
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
        ::plain_webhooks::__private::strings::deserialize_from_str(deserializer)
    }
}
///`ComponentBadge`
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
        if ::plain_webhooks::__private::strings::chars_above(value, 500usize) {
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
        ::plain_webhooks::__private::strings::deserialize_from_str(deserializer)
    }
}
///`ComponentBadgeColor`
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
///`ComponentContainer`
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
///`ComponentCopyButton`
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
        if ::plain_webhooks::__private::strings::chars_above(value, 500usize) {
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
        ::plain_webhooks::__private::strings::deserialize_from_str(deserializer)
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
        if ::plain_webhooks::__private::strings::chars_above(value, 1000usize) {
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
        ::plain_webhooks::__private::strings::deserialize_from_str(deserializer)
    }
}
///`ComponentDivider`
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
///`ComponentDividerSpacingSize`
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
///`ComponentLinkButton`
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
        if ::plain_webhooks::__private::strings::chars_above(value, 500usize) {
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
        ::plain_webhooks::__private::strings::deserialize_from_str(deserializer)
    }
}
///`ComponentPlainText`
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
///`ComponentPlainTextColor`
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
        if ::plain_webhooks::__private::strings::chars_above(value, 5000usize) {
            return Err("longer than 5000 characters".into());
        }
        if ::plain_webhooks::__private::strings::chars_below(value, 1usize) {
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
        ::plain_webhooks::__private::strings::deserialize_from_str(deserializer)
    }
}
///`ComponentPlainTextSize`
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
///`ComponentRow`
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
///`ComponentSpacer`
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
///`ComponentSpacerSize`
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
///`ComponentText`
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
///`ComponentTextColor`
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
///`ComponentTextSize`
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
        if ::plain_webhooks::__private::strings::chars_above(value, 5000usize) {
            return Err("longer than 5000 characters".into());
        }
        if ::plain_webhooks::__private::strings::chars_below(value, 1usize) {
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
        ::plain_webhooks::__private::strings::deserialize_from_str(deserializer)
    }
}
///`ComponentWorkflowButton`
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
        if ::plain_webhooks::__private::strings::chars_above(value, 500usize) {
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
        ::plain_webhooks::__private::strings::deserialize_from_str(deserializer)
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
///`CustomEntry`
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
///`CustomEntryAttachment`
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
    pub created_at: Datetime,
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
    pub updated_at: Datetime,
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
        if ::plain_webhooks::__private::strings::chars_above(value, 500usize) {
            return Err("longer than 500 characters".into());
        }
        if ::plain_webhooks::__private::strings::chars_below(value, 1usize) {
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
        ::plain_webhooks::__private::strings::deserialize_from_str(deserializer)
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
        if ::plain_webhooks::__private::strings::chars_above(value, 500usize) {
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
        ::plain_webhooks::__private::strings::deserialize_from_str(deserializer)
    }
}
///`Customer`
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
    pub created_at: Datetime,
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
    pub marked_as_spam_at: ::std::option::Option<Datetime>,
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
    pub updated_at: Datetime,
    #[serde(rename = "updatedBy")]
    pub updated_by: Actor,
}
///`CustomerActor`
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
    pub verified_at: ::std::option::Option<Datetime>,
}
///`CustomerGroup`
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
    pub created_at: Datetime,
    #[serde(rename = "createdBy")]
    pub created_by: InternalActor,
    pub id: Id,
    pub key: CustomerGroupKey,
    pub name: CustomerGroupName,
    #[serde(rename = "updatedAt")]
    pub updated_at: Datetime,
    #[serde(rename = "updatedBy")]
    pub updated_by: InternalActor,
    #[serde(rename = "workspaceId")]
    pub workspace_id: Id,
}
///`CustomerGroupChangedPayloadAdded`
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
///`CustomerGroupChangedPayloadRemoved`
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
///`CustomerGroupChangedPayloadUpdated`
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
            ::plain_webhooks::__private::pattern::Regex,
        > = ::std::sync::LazyLock::new(|| {
            ::plain_webhooks::__private::pattern::Regex::new(
                    "^#([a-fA-F0-9]{3,4}|[a-fA-F0-9]{4}(?:[a-fA-F0-9]{2}){1,2})$",
                )
                .unwrap()
        });
        if !PATTERN.is_match(value) {
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
        ::plain_webhooks::__private::strings::deserialize_from_str(deserializer)
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
        if ::plain_webhooks::__private::strings::chars_above(value, 50usize) {
            return Err("longer than 50 characters".into());
        }
        if ::plain_webhooks::__private::strings::chars_below(value, 1usize) {
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
        ::plain_webhooks::__private::strings::deserialize_from_str(deserializer)
    }
}
///`CustomerGroupMembership`
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
    pub created_at: Datetime,
    #[serde(rename = "createdBy")]
    pub created_by: InternalActor,
    #[serde(rename = "customerGroup")]
    pub customer_group: CustomerGroup,
    #[serde(rename = "customerGroupId")]
    pub customer_group_id: Id,
    #[serde(rename = "customerId")]
    pub customer_id: Id,
    #[serde(rename = "updatedAt")]
    pub updated_at: Datetime,
    #[serde(rename = "updatedBy")]
    pub updated_by: InternalActor,
    #[serde(rename = "workspaceId")]
    pub workspace_id: Id,
}
///`CustomerGroupMembershipsChangedPayload`
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
        if ::plain_webhooks::__private::strings::chars_above(value, 500usize) {
            return Err("longer than 500 characters".into());
        }
        if ::plain_webhooks::__private::strings::chars_below(value, 1usize) {
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
        ::plain_webhooks::__private::strings::deserialize_from_str(deserializer)
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
///`Datetime`
#[derive(
    ::plain_webhooks::__private::serde::Deserialize,
    ::plain_webhooks::__private::serde::Serialize,
    Clone,
    Debug,
    PartialEq
)]
#[serde(transparent)]
#[serde(crate = "::plain_webhooks::__private::serde")]
pub struct Datetime(
    #[serde(
        deserialize_with = "::plain_webhooks::__private::datetime::deserialize",
        serialize_with = "::plain_webhooks::__private::datetime::serialize"
    )]
    pub ::plain_webhooks::__private::chrono::DateTime<
        ::plain_webhooks::__private::chrono::offset::Utc,
    >,
);
impl ::std::ops::Deref for Datetime {
    type Target = ::plain_webhooks::__private::chrono::DateTime<
        ::plain_webhooks::__private::chrono::offset::Utc,
    >;
    fn deref(
        &self,
    ) -> &::plain_webhooks::__private::chrono::DateTime<
        ::plain_webhooks::__private::chrono::offset::Utc,
    > {
        &self.0
    }
}
impl ::std::convert::From<Datetime>
for ::plain_webhooks::__private::chrono::DateTime<
    ::plain_webhooks::__private::chrono::offset::Utc,
> {
    fn from(value: Datetime) -> Self {
        value.0
    }
}
impl ::std::convert::From<
    ::plain_webhooks::__private::chrono::DateTime<
        ::plain_webhooks::__private::chrono::offset::Utc,
    >,
> for Datetime {
    fn from(
        value: ::plain_webhooks::__private::chrono::DateTime<
            ::plain_webhooks::__private::chrono::offset::Utc,
        >,
    ) -> Self {
        Self(value)
    }
}
impl ::std::fmt::Display for Datetime {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        self.0.fmt(f)
    }
}
impl ::std::str::FromStr for Datetime {
    type Err = <::plain_webhooks::__private::chrono::DateTime<
        ::plain_webhooks::__private::chrono::offset::Utc,
    > as ::std::str::FromStr>::Err;
    fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
        Ok(Self(value.parse()?))
    }
}
impl ::std::convert::TryFrom<&str> for Datetime {
    type Error = <::plain_webhooks::__private::chrono::DateTime<
        ::plain_webhooks::__private::chrono::offset::Utc,
    > as ::std::str::FromStr>::Err;
    fn try_from(value: &str) -> ::std::result::Result<Self, Self::Error> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<String> for Datetime {
    type Error = <::plain_webhooks::__private::chrono::DateTime<
        ::plain_webhooks::__private::chrono::offset::Utc,
    > as ::std::str::FromStr>::Err;
    fn try_from(value: String) -> ::std::result::Result<Self, Self::Error> {
        value.parse()
    }
}
///`DiscordMessage`
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
    pub created_at: Datetime,
    #[serde(rename = "createdBy")]
    pub created_by: Actor,
    #[serde(
        rename = "deletedOnDiscordAt",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub deleted_on_discord_at: ::std::option::Option<Datetime>,
    #[serde(rename = "discordChannelId")]
    pub discord_channel_id: ::std::string::String,
    #[serde(rename = "discordGuildId")]
    pub discord_guild_id: ::std::string::String,
    #[serde(rename = "discordId")]
    pub discord_id: ::std::string::String,
    #[serde(rename = "discordThreadId")]
    pub discord_thread_id: ::std::string::String,
    #[serde(rename = "discordTimestamp")]
    pub discord_timestamp: Datetime,
    pub id: Id,
    #[serde(
        rename = "lastEditedOnDiscordAt",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub last_edited_on_discord_at: ::std::option::Option<Datetime>,
    #[serde(rename = "textContent")]
    pub text_content: ::std::string::String,
    #[serde(rename = "timelineEntryId")]
    pub timeline_entry_id: Id,
    #[serde(rename = "updatedAt")]
    pub updated_at: Datetime,
    #[serde(rename = "updatedBy")]
    pub updated_by: Actor,
}
///`Email`
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
    pub created_at: Datetime,
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
    pub received_at: ::std::option::Option<Datetime>,
    #[serde(rename = "replyTo", deserialize_with = "::std::option::Option::deserialize")]
    pub reply_to: ::std::option::Option<::std::string::String>,
    #[serde(rename = "sentAt", deserialize_with = "::std::option::Option::deserialize")]
    pub sent_at: ::std::option::Option<Datetime>,
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
    pub updated_at: Datetime,
    #[serde(rename = "updatedBy")]
    pub updated_by: Actor,
}
///`EmailActorDeletedCustomer`
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
///`EmailActorSupportEmailAddress`
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
///`EmailAddress`
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
            ::plain_webhooks::__private::pattern::Regex,
        > = ::std::sync::LazyLock::new(|| {
            ::plain_webhooks::__private::pattern::Regex::new(
                    "^(([^<>()[\\]\\\\.,;:\\s@\"]+(\\.[^<>()[\\]\\\\.,;:\\s@\"]+)*)|(\".+\"))@((\\[[0-9]{1,3}\\.[0-9]{1,3}\\.[0-9]{1,3}\\.[0-9]{1,3}\\])|([^-]([a-zA-Z0-9-]*\\.)+[a-zA-Z]{2,}))$",
                )
                .unwrap()
        });
        if !PATTERN.is_match(value) {
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
        ::plain_webhooks::__private::strings::deserialize_from_str(deserializer)
    }
}
///`EmailAuthenticity`
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
///`EmailEntry`
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
    pub received_at: ::std::option::Option<Datetime>,
    #[serde(rename = "sentAt", deserialize_with = "::std::option::Option::deserialize")]
    pub sent_at: ::std::option::Option<Datetime>,
    #[serde(deserialize_with = "::std::option::Option::deserialize")]
    pub subject: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "textContent",
        deserialize_with = "::std::option::Option::deserialize"
    )]
    pub text_content: ::std::option::Option<::std::string::String>,
    pub to: EmailParticipant,
}
///`EmailEntryAttachment`
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
    pub created_at: Datetime,
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
    pub updated_at: Datetime,
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
///`EmailParticipant`
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
///`Id`
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
        if ::plain_webhooks::__private::strings::chars_above(value, 50usize) {
            return Err("longer than 50 characters".into());
        }
        if ::plain_webhooks::__private::strings::chars_below(value, 1usize) {
            return Err("shorter than 1 characters".into());
        }
        static PATTERN: ::std::sync::LazyLock<
            ::plain_webhooks::__private::pattern::Regex,
        > = ::std::sync::LazyLock::new(|| {
            ::plain_webhooks::__private::pattern::Regex::new(
                    "^[a-zA-Z]+_[0123456789ABCDEFGHJKMNPQRSTVWXYZ]{26}$",
                )
                .unwrap()
        });
        if !PATTERN.is_match(value) {
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
        ::plain_webhooks::__private::strings::deserialize_from_str(deserializer)
    }
}
///`Label`
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
    pub created_at: Datetime,
    #[serde(rename = "createdBy")]
    pub created_by: Actor,
    pub id: Id,
    #[serde(rename = "labelType")]
    pub label_type: LabelType,
    #[serde(rename = "updatedAt")]
    pub updated_at: Datetime,
    #[serde(rename = "updatedBy")]
    pub updated_by: Actor,
}
///`LabelType`
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
    pub archived_at: ::std::option::Option<Datetime>,
    #[serde(
        rename = "archivedBy",
        deserialize_with = "::std::option::Option::deserialize"
    )]
    pub archived_by: ::std::option::Option<InternalActor>,
    #[serde(rename = "createdAt")]
    pub created_at: Datetime,
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
    pub updated_at: Datetime,
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
        if ::plain_webhooks::__private::strings::chars_above(value, 500usize) {
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
        ::plain_webhooks::__private::strings::deserialize_from_str(deserializer)
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
        if ::plain_webhooks::__private::strings::chars_above(value, 500usize) {
            return Err("longer than 500 characters".into());
        }
        if ::plain_webhooks::__private::strings::chars_below(value, 1usize) {
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
        ::plain_webhooks::__private::strings::deserialize_from_str(deserializer)
    }
}
///`MachineUser`
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
    pub created_at: Datetime,
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
    pub updated_at: Datetime,
    #[serde(rename = "updatedBy")]
    pub updated_by: InternalActor,
}
///`MachineUserActor`
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
///`MsTeamsMessage`
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
    pub created_at: Datetime,
    #[serde(rename = "createdBy")]
    pub created_by: Actor,
    #[serde(
        rename = "deletedOnMsTeamsAt",
        deserialize_with = "::std::option::Option::deserialize"
    )]
    pub deleted_on_ms_teams_at: ::std::option::Option<Datetime>,
    #[serde(
        rename = "lastEditedOnMsTeamsAt",
        deserialize_with = "::std::option::Option::deserialize"
    )]
    pub last_edited_on_ms_teams_at: ::std::option::Option<Datetime>,
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
    pub updated_at: Datetime,
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
///`NoteEntry`
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
        if ::plain_webhooks::__private::strings::chars_above(value, 10000usize) {
            return Err("longer than 10000 characters".into());
        }
        if ::plain_webhooks::__private::strings::chars_below(value, 1usize) {
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
        ::plain_webhooks::__private::strings::deserialize_from_str(deserializer)
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
        if ::plain_webhooks::__private::strings::chars_above(value, 10000usize) {
            return Err("longer than 10000 characters".into());
        }
        if ::plain_webhooks::__private::strings::chars_below(value, 1usize) {
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
        ::plain_webhooks::__private::strings::deserialize_from_str(deserializer)
    }
}
///`NullableActor`
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
///`NullableDatetime`
#[derive(
    ::plain_webhooks::__private::serde::Deserialize,
    ::plain_webhooks::__private::serde::Serialize,
    Clone,
    Debug,
    PartialEq
)]
#[serde(transparent)]
#[serde(crate = "::plain_webhooks::__private::serde")]
pub struct NullableDatetime(pub ::std::option::Option<Datetime>);
impl ::std::ops::Deref for NullableDatetime {
    type Target = ::std::option::Option<Datetime>;
    fn deref(&self) -> &::std::option::Option<Datetime> {
        &self.0
    }
}
impl ::std::convert::From<NullableDatetime> for ::std::option::Option<Datetime> {
    fn from(value: NullableDatetime) -> Self {
        value.0
    }
}
impl ::std::convert::From<::std::option::Option<Datetime>> for NullableDatetime {
    fn from(value: ::std::option::Option<Datetime>) -> Self {
        Self(value)
    }
}
///`NullableInternalActor`
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
///`NullableString`
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
///`ServiceLevelAgreementFirstResponseTime`
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
    pub created_at: Datetime,
    #[serde(rename = "createdBy")]
    pub created_by: InternalActor,
    #[serde(rename = "firstResponseTimeMinutes")]
    pub first_response_time_minutes: f64,
    pub id: Id,
    #[serde(rename = "threadPriorityFilter")]
    pub thread_priority_filter: ThreadPriorityFilter,
    pub tier: Tier,
    #[serde(rename = "updatedAt")]
    pub updated_at: Datetime,
    #[serde(rename = "updatedBy")]
    pub updated_by: InternalActor,
    #[serde(rename = "useBusinessHoursOnly")]
    pub use_business_hours_only: ServiceLevelAgreementFirstResponseTimeUseBusinessHoursOnly,
}
///`ServiceLevelAgreementFirstResponseTimeUseBusinessHoursOnly`
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
///`ServiceLevelAgreementNextResponseTime`
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
    pub created_at: Datetime,
    #[serde(rename = "createdBy")]
    pub created_by: InternalActor,
    pub id: Id,
    #[serde(rename = "nextResponseTimeMinutes")]
    pub next_response_time_minutes: f64,
    #[serde(rename = "threadPriorityFilter")]
    pub thread_priority_filter: ThreadPriorityFilter,
    pub tier: Tier,
    #[serde(rename = "updatedAt")]
    pub updated_at: Datetime,
    #[serde(rename = "updatedBy")]
    pub updated_by: InternalActor,
    #[serde(rename = "useBusinessHoursOnly")]
    pub use_business_hours_only: ServiceLevelAgreementFirstResponseTimeUseBusinessHoursOnly,
}
///`ServiceLevelAgreementStatusDetailAchieved`
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
    pub achieved_at: Datetime,
}
///`ServiceLevelAgreementStatusDetailBreached`
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
    pub breached_at: Datetime,
    #[serde(rename = "completedAt")]
    pub completed_at: Datetime,
}
///`ServiceLevelAgreementStatusDetailBreaching`
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
    pub breached_at: Datetime,
}
///`ServiceLevelAgreementStatusDetailCancelled`
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
    pub cancelled_at: Datetime,
}
///`ServiceLevelAgreementStatusDetailImminentBreach`
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
    pub breach_time: Datetime,
}
///`ServiceLevelAgreementStatusDetailPending`
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
    pub breach_time: Datetime,
}
///`SlackMessage`
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
    pub created_at: Datetime,
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
    pub updated_at: Datetime,
    #[serde(rename = "updatedBy")]
    pub updated_by: Actor,
}
///`SlackMessageSlackReactionsItem`
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
///`SlackReactionChange`
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
///`SystemActor`
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
///`Thread`
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
    pub assigned_at: ::std::option::Option<Datetime>,
    #[serde(deserialize_with = "::std::option::Option::deserialize")]
    pub assignee: ::std::option::Option<ThreadAssignee>,
    #[serde(rename = "createdAt")]
    pub created_at: Datetime,
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
    pub status_changed_at: Datetime,
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
    pub updated_at: Datetime,
    #[serde(rename = "updatedBy")]
    pub updated_by: Actor,
}
///`ThreadAssignee`
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
///`ThreadAssignmentTransitionedPublicEventPayload`
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
///`ThreadChatReceivedPublicEventPayload`
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
///`ThreadChatSentPublicEventPayload`
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
///`ThreadCreatedPublicEventPayload`
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
///`ThreadDiscordMessageReceivedEventPayload`
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
///`ThreadDiscordMessageSentEventPayload`
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
///`ThreadDiscordMessageUpdatedEventPayload`
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
///`ThreadEmailReceivedPublicEventPayload`
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
///`ThreadEmailSentPublicEventPayload`
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
        if ::plain_webhooks::__private::strings::chars_above(value, 500usize) {
            return Err("longer than 500 characters".into());
        }
        if ::plain_webhooks::__private::strings::chars_below(value, 1usize) {
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
        ::plain_webhooks::__private::strings::deserialize_from_str(deserializer)
    }
}
///`ThreadField`
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
    pub created_at: Datetime,
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
    pub updated_at: Datetime,
    #[serde(rename = "updatedBy")]
    pub updated_by: Actor,
}
///`ThreadFieldCreatedPublicEventPayload`
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
///`ThreadFieldDeletedPublicEventPayload`
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
///`ThreadFieldUpdatedPublicEventPayload`
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
///`ThreadLabelsChangedPublicEventPayload`
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
///`ThreadMessageInfo`
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
    pub timestamp: Datetime,
}
///`ThreadMessageInfoActorTypeVariant0`
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
///`ThreadMsTeamsMessageReceivedEventPayload`
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
///`ThreadMsTeamsMessageSentEventPayload`
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
///`ThreadNoteCreatedEventPayload`
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
    pub created_at: Datetime,
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
    pub updated_at: Datetime,
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
        if ::plain_webhooks::__private::strings::chars_above(value, 10000usize) {
            return Err("longer than 10000 characters".into());
        }
        if ::plain_webhooks::__private::strings::chars_below(value, 1usize) {
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
        ::plain_webhooks::__private::strings::deserialize_from_str(deserializer)
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
        if ::plain_webhooks::__private::strings::chars_above(value, 10000usize) {
            return Err("longer than 10000 characters".into());
        }
        if ::plain_webhooks::__private::strings::chars_below(value, 1usize) {
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
        ::plain_webhooks::__private::strings::deserialize_from_str(deserializer)
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
        if ::plain_webhooks::__private::strings::chars_above(value, 500usize) {
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
        ::plain_webhooks::__private::strings::deserialize_from_str(deserializer)
    }
}
///`ThreadPriority`
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
///`ThreadPriorityChangedPublicEventPayload`
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
///`ThreadPriorityFilter`
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
///`ThreadServiceLevelAgreementStatusTransitionedPayload`
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
///`ThreadSlackMessageReceivedEventPayload`
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
///`ThreadSlackMessageSentEventPayload`
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
///`ThreadSlackMessageUpdatedEventPayload`
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
///`ThreadStatus`
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
///`ThreadStatusDetailCreated`
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
    pub created_at: Datetime,
}
///`ThreadStatusDetailDoneAutomaticallySet`
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
///`ThreadStatusDetailThreadDiscussionResolved`
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
///`ThreadStatusDetailThreadLinkUpdated`
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
///`ThreadStatusDetailWaitingForDuration`
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
    pub waiting_until: Datetime,
}
///`ThreadStatusTransitionedPublicEventPayload`
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
///`ThreadTenantUpdatedPublicEventPayload`
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
///`ThreadTenantUpdatedPublicEventPayloadPreviousTenantVariant0`
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
    pub created_at: Datetime,
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
    pub updated_at: Datetime,
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
        if ::plain_webhooks::__private::strings::chars_above(value, 500usize) {
            return Err("longer than 500 characters".into());
        }
        if ::plain_webhooks::__private::strings::chars_below(value, 1usize) {
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
        ::plain_webhooks::__private::strings::deserialize_from_str(deserializer)
    }
}
///`Tier`
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
    pub created_at: Datetime,
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
    pub updated_at: Datetime,
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
        if ::plain_webhooks::__private::strings::chars_above(value, 500usize) {
            return Err("longer than 500 characters".into());
        }
        if ::plain_webhooks::__private::strings::chars_below(value, 1usize) {
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
        ::plain_webhooks::__private::strings::deserialize_from_str(deserializer)
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
        if ::plain_webhooks::__private::strings::chars_above(value, 500usize) {
            return Err("longer than 500 characters".into());
        }
        if ::plain_webhooks::__private::strings::chars_below(value, 1usize) {
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
        ::plain_webhooks::__private::strings::deserialize_from_str(deserializer)
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
        if ::plain_webhooks::__private::strings::chars_above(value, 500usize) {
            return Err("longer than 500 characters".into());
        }
        if ::plain_webhooks::__private::strings::chars_below(value, 1usize) {
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
        ::plain_webhooks::__private::strings::deserialize_from_str(deserializer)
    }
}
///`TimelineEntry`
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
    pub timestamp: Datetime,
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
///`User`
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
    pub created_at: Datetime,
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
    pub status_changed_at: Datetime,
    #[serde(rename = "updatedAt")]
    pub updated_at: Datetime,
    #[serde(rename = "updatedBy")]
    pub updated_by: InternalActor,
}
///`UserActor`
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
///`WebhookMetadata`
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
    pub webhook_delivery_attempt_timestamp: Datetime,
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
impl<'__r> ::plain_webhooks::__private::fast::Fast<'__r> for Attachment {
    fn fast(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
    ) -> ::core::option::Option<Self> {
        r.object()?;
        Self::__fields(r, true, ::core::option::Option::None)
    }
    fn fast_rest(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
        tag: &str,
    ) -> ::core::option::Option<Self> {
        Self::__fields(r, false, ::core::option::Option::Some(tag))
    }
}
impl Attachment {
    #[inline]
    fn __fields<'__r>(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
        mut first: bool,
        tag: ::core::option::Option<&str>,
    ) -> ::core::option::Option<Self> {
        let mut __f0: ::core::option::Option<Datetime> = ::core::option::Option::None;
        let mut __f1: ::core::option::Option<Actor> = ::core::option::Option::None;
        let mut __f2: ::core::option::Option<NullableString> = ::core::option::Option::None;
        let mut __f3: ::core::option::Option<AttachmentFileMimeType> = ::core::option::Option::None;
        let mut __f4: ::core::option::Option<AttachmentFileName> = ::core::option::Option::None;
        let mut __f5: ::core::option::Option<AttachmentFileSizeBytes> = ::core::option::Option::None;
        let mut __f6: ::core::option::Option<Id> = ::core::option::Option::None;
        let mut __f7: ::core::option::Option<Datetime> = ::core::option::Option::None;
        let mut __f8: ::core::option::Option<Actor> = ::core::option::Option::None;
        while let ::core::option::Option::Some(key) = r.key(&mut first)? {
            if tag == ::core::option::Option::Some(key) {
                return ::core::option::Option::None;
            }
            match key {
                "createdAt" => r.field(&mut __f0)?,
                "createdBy" => r.field(&mut __f1)?,
                "fileExtension" => r.field(&mut __f2)?,
                "fileMimeType" => r.field(&mut __f3)?,
                "fileName" => r.field(&mut __f4)?,
                "fileSizeBytes" => r.field(&mut __f5)?,
                "id" => r.field(&mut __f6)?,
                "updatedAt" => r.field(&mut __f7)?,
                "updatedBy" => r.field(&mut __f8)?,
                _ => r.skip()?,
            }
        }
        ::core::option::Option::Some(Self {
            created_at: __f0?,
            created_by: __f1?,
            file_extension: __f2?,
            file_mime_type: __f3?,
            file_name: __f4?,
            file_size_bytes: __f5?,
            id: __f6?,
            updated_at: __f7?,
            updated_by: __f8?,
        })
    }
}
impl<'__r> ::plain_webhooks::__private::fast::Fast<'__r> for AttachmentFileMimeType {
    fn fast(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
    ) -> ::core::option::Option<Self> {
        r.parsed()
    }
}
impl<'__r> ::plain_webhooks::__private::fast::Fast<'__r> for AttachmentFileName {
    fn fast(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
    ) -> ::core::option::Option<Self> {
        r.parsed()
    }
}
impl<'__r> ::plain_webhooks::__private::fast::Fast<'__r> for AttachmentFileSizeBytes {
    fn fast(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
    ) -> ::core::option::Option<Self> {
        ::core::option::Option::Some(
            Self(::plain_webhooks::__private::fast::Fast::fast(r)?),
        )
    }
}
impl<'__r> ::plain_webhooks::__private::fast::Fast<'__r> for Chat {
    fn fast(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
    ) -> ::core::option::Option<Self> {
        r.object()?;
        Self::__fields(r, true, ::core::option::Option::None)
    }
    fn fast_rest(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
        tag: &str,
    ) -> ::core::option::Option<Self> {
        Self::__fields(r, false, ::core::option::Option::Some(tag))
    }
}
impl Chat {
    #[inline]
    fn __fields<'__r>(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
        mut first: bool,
        tag: ::core::option::Option<&str>,
    ) -> ::core::option::Option<Self> {
        let mut __f0: ::core::option::Option<::std::vec::Vec<Attachment>> = ::core::option::Option::None;
        let mut __f1: ::core::option::Option<Datetime> = ::core::option::Option::None;
        let mut __f2: ::core::option::Option<Actor> = ::core::option::Option::None;
        let mut __f3: ::core::option::Option<::std::option::Option<Datetime>> = ::core::option::Option::None;
        let mut __f4: ::core::option::Option<Id> = ::core::option::Option::None;
        let mut __f5: ::core::option::Option<::std::option::Option<ChatText>> = ::core::option::Option::None;
        let mut __f6: ::core::option::Option<Id> = ::core::option::Option::None;
        let mut __f7: ::core::option::Option<Datetime> = ::core::option::Option::None;
        let mut __f8: ::core::option::Option<Actor> = ::core::option::Option::None;
        while let ::core::option::Option::Some(key) = r.key(&mut first)? {
            if tag == ::core::option::Option::Some(key) {
                return ::core::option::Option::None;
            }
            match key {
                "attachments" => r.field(&mut __f0)?,
                "createdAt" => r.field(&mut __f1)?,
                "createdBy" => r.field(&mut __f2)?,
                "customerReadAt" => r.field(&mut __f3)?,
                "id" => r.field(&mut __f4)?,
                "text" => r.field(&mut __f5)?,
                "timelineEntryId" => r.field(&mut __f6)?,
                "updatedAt" => r.field(&mut __f7)?,
                "updatedBy" => r.field(&mut __f8)?,
                _ => r.skip()?,
            }
        }
        ::core::option::Option::Some(Self {
            attachments: __f0?,
            created_at: __f1?,
            created_by: __f2?,
            customer_read_at: __f3?,
            id: __f4?,
            text: __f5.unwrap_or(::core::option::Option::None),
            timeline_entry_id: __f6?,
            updated_at: __f7?,
            updated_by: __f8?,
        })
    }
}
impl<'__r> ::plain_webhooks::__private::fast::Fast<'__r> for ChatEntry {
    fn fast(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
    ) -> ::core::option::Option<Self> {
        r.object()?;
        Self::__fields(r, true, ::core::option::Option::None)
    }
    fn fast_rest(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
        tag: &str,
    ) -> ::core::option::Option<Self> {
        Self::__fields(r, false, ::core::option::Option::Some(tag))
    }
}
impl ChatEntry {
    #[inline]
    fn __fields<'__r>(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
        mut first: bool,
        tag: ::core::option::Option<&str>,
    ) -> ::core::option::Option<Self> {
        let mut __f0: ::core::option::Option<::std::vec::Vec<ChatEntryAttachment>> = ::core::option::Option::None;
        let mut __f1: ::core::option::Option<Id> = ::core::option::Option::None;
        let mut __f2: ::core::option::Option<::std::option::Option<Datetime>> = ::core::option::Option::None;
        let mut __f3: ::core::option::Option<
            ::std::option::Option<::std::string::String>,
        > = ::core::option::Option::None;
        while let ::core::option::Option::Some(key) = r.key(&mut first)? {
            if tag == ::core::option::Option::Some(key) {
                return ::core::option::Option::None;
            }
            match key {
                "attachments" => r.field(&mut __f0)?,
                "chatId" => r.field(&mut __f1)?,
                "customerReadAt" => r.field(&mut __f2)?,
                "text" => r.field(&mut __f3)?,
                _ => r.skip()?,
            }
        }
        ::core::option::Option::Some(Self {
            attachments: __f0?,
            chat_id: __f1?,
            customer_read_at: __f2?,
            text: __f3?,
        })
    }
}
impl<'__r> ::plain_webhooks::__private::fast::Fast<'__r> for ChatEntryAttachment {
    fn fast(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
    ) -> ::core::option::Option<Self> {
        r.object()?;
        Self::__fields(r, true, ::core::option::Option::None)
    }
    fn fast_rest(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
        tag: &str,
    ) -> ::core::option::Option<Self> {
        Self::__fields(r, false, ::core::option::Option::Some(tag))
    }
}
impl ChatEntryAttachment {
    #[inline]
    fn __fields<'__r>(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
        mut first: bool,
        tag: ::core::option::Option<&str>,
    ) -> ::core::option::Option<Self> {
        let mut __f0: ::core::option::Option<Datetime> = ::core::option::Option::None;
        let mut __f1: ::core::option::Option<Actor> = ::core::option::Option::None;
        let mut __f2: ::core::option::Option<NullableString> = ::core::option::Option::None;
        let mut __f3: ::core::option::Option<AttachmentFileMimeType> = ::core::option::Option::None;
        let mut __f4: ::core::option::Option<AttachmentFileName> = ::core::option::Option::None;
        let mut __f5: ::core::option::Option<AttachmentFileSizeBytes> = ::core::option::Option::None;
        let mut __f6: ::core::option::Option<Id> = ::core::option::Option::None;
        let mut __f7: ::core::option::Option<ChatEntryAttachmentType> = ::core::option::Option::None;
        let mut __f8: ::core::option::Option<Datetime> = ::core::option::Option::None;
        let mut __f9: ::core::option::Option<Actor> = ::core::option::Option::None;
        while let ::core::option::Option::Some(key) = r.key(&mut first)? {
            if tag == ::core::option::Option::Some(key) {
                return ::core::option::Option::None;
            }
            match key {
                "createdAt" => r.field(&mut __f0)?,
                "createdBy" => r.field(&mut __f1)?,
                "fileExtension" => r.field(&mut __f2)?,
                "fileMimeType" => r.field(&mut __f3)?,
                "fileName" => r.field(&mut __f4)?,
                "fileSizeBytes" => r.field(&mut __f5)?,
                "id" => r.field(&mut __f6)?,
                "type" => r.field(&mut __f7)?,
                "updatedAt" => r.field(&mut __f8)?,
                "updatedBy" => r.field(&mut __f9)?,
                _ => r.skip()?,
            }
        }
        ::core::option::Option::Some(Self {
            created_at: __f0?,
            created_by: __f1?,
            file_extension: __f2?,
            file_mime_type: __f3?,
            file_name: __f4?,
            file_size_bytes: __f5?,
            id: __f6?,
            type_: __f7?,
            updated_at: __f8?,
            updated_by: __f9?,
        })
    }
}
impl<'__r> ::plain_webhooks::__private::fast::Fast<'__r> for ChatEntryAttachmentType {
    fn fast(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
    ) -> ::core::option::Option<Self> {
        match &*r.str()? {
            "CHAT" => ::core::option::Option::Some(Self::Chat),
            _ => ::core::option::Option::None,
        }
    }
}
impl<'__r> ::plain_webhooks::__private::fast::Fast<'__r> for ChatText {
    fn fast(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
    ) -> ::core::option::Option<Self> {
        r.parsed()
    }
}
impl<'__r> ::plain_webhooks::__private::fast::Fast<'__r> for ComponentBadge {
    fn fast(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
    ) -> ::core::option::Option<Self> {
        r.object()?;
        Self::__fields(r, true, ::core::option::Option::None)
    }
    fn fast_rest(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
        tag: &str,
    ) -> ::core::option::Option<Self> {
        Self::__fields(r, false, ::core::option::Option::Some(tag))
    }
}
impl ComponentBadge {
    #[inline]
    fn __fields<'__r>(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
        mut first: bool,
        tag: ::core::option::Option<&str>,
    ) -> ::core::option::Option<Self> {
        let mut __f0: ::core::option::Option<
            ::std::option::Option<ComponentBadgeColor>,
        > = ::core::option::Option::None;
        let mut __f1: ::core::option::Option<ComponentBadgeBadgeLabel> = ::core::option::Option::None;
        while let ::core::option::Option::Some(key) = r.key(&mut first)? {
            if tag == ::core::option::Option::Some(key) {
                return ::core::option::Option::None;
            }
            match key {
                "badgeColor" => r.field(&mut __f0)?,
                "badgeLabel" => r.field(&mut __f1)?,
                _ => r.skip()?,
            }
        }
        ::core::option::Option::Some(Self {
            badge_color: __f0?,
            badge_label: __f1?,
        })
    }
}
impl<'__r> ::plain_webhooks::__private::fast::Fast<'__r> for ComponentBadgeBadgeLabel {
    fn fast(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
    ) -> ::core::option::Option<Self> {
        r.parsed()
    }
}
impl<'__r> ::plain_webhooks::__private::fast::Fast<'__r> for ComponentBadgeColor {
    fn fast(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
    ) -> ::core::option::Option<Self> {
        match &*r.str()? {
            "GREY" => ::core::option::Option::Some(Self::Grey),
            "GREEN" => ::core::option::Option::Some(Self::Green),
            "YELLOW" => ::core::option::Option::Some(Self::Yellow),
            "RED" => ::core::option::Option::Some(Self::Red),
            "BLUE" => ::core::option::Option::Some(Self::Blue),
            "UNKNOWN_COMPONENT_BADGE_COLOR" => {
                ::core::option::Option::Some(Self::UnknownComponentBadgeColor)
            }
            _ => ::core::option::Option::None,
        }
    }
}
impl<'__r> ::plain_webhooks::__private::fast::Fast<'__r> for ComponentContainer {
    fn fast(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
    ) -> ::core::option::Option<Self> {
        r.object()?;
        Self::__fields(r, true, ::core::option::Option::None)
    }
    fn fast_rest(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
        tag: &str,
    ) -> ::core::option::Option<Self> {
        Self::__fields(r, false, ::core::option::Option::Some(tag))
    }
}
impl ComponentContainer {
    #[inline]
    fn __fields<'__r>(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
        mut first: bool,
        tag: ::core::option::Option<&str>,
    ) -> ::core::option::Option<Self> {
        let mut __f0: ::core::option::Option<
            ::std::vec::Vec<ComponentContainerContent>,
        > = ::core::option::Option::None;
        while let ::core::option::Option::Some(key) = r.key(&mut first)? {
            if tag == ::core::option::Option::Some(key) {
                return ::core::option::Option::None;
            }
            match key {
                "containerContent" => r.field(&mut __f0)?,
                _ => r.skip()?,
            }
        }
        ::core::option::Option::Some(Self { container_content: __f0? })
    }
}
impl<'__r> ::plain_webhooks::__private::fast::Fast<'__r> for ComponentCopyButton {
    fn fast(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
    ) -> ::core::option::Option<Self> {
        r.object()?;
        Self::__fields(r, true, ::core::option::Option::None)
    }
    fn fast_rest(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
        tag: &str,
    ) -> ::core::option::Option<Self> {
        Self::__fields(r, false, ::core::option::Option::Some(tag))
    }
}
impl ComponentCopyButton {
    #[inline]
    fn __fields<'__r>(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
        mut first: bool,
        tag: ::core::option::Option<&str>,
    ) -> ::core::option::Option<Self> {
        let mut __f0: ::core::option::Option<
            ::std::option::Option<ComponentCopyButtonCopyButtonTooltipLabel>,
        > = ::core::option::Option::None;
        let mut __f1: ::core::option::Option<ComponentCopyButtonCopyButtonValue> = ::core::option::Option::None;
        while let ::core::option::Option::Some(key) = r.key(&mut first)? {
            if tag == ::core::option::Option::Some(key) {
                return ::core::option::Option::None;
            }
            match key {
                "copyButtonTooltipLabel" => r.field(&mut __f0)?,
                "copyButtonValue" => r.field(&mut __f1)?,
                _ => r.skip()?,
            }
        }
        ::core::option::Option::Some(Self {
            copy_button_tooltip_label: __f0?,
            copy_button_value: __f1?,
        })
    }
}
impl<'__r> ::plain_webhooks::__private::fast::Fast<'__r>
for ComponentCopyButtonCopyButtonTooltipLabel {
    fn fast(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
    ) -> ::core::option::Option<Self> {
        r.parsed()
    }
}
impl<'__r> ::plain_webhooks::__private::fast::Fast<'__r>
for ComponentCopyButtonCopyButtonValue {
    fn fast(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
    ) -> ::core::option::Option<Self> {
        r.parsed()
    }
}
impl<'__r> ::plain_webhooks::__private::fast::Fast<'__r> for ComponentDivider {
    fn fast(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
    ) -> ::core::option::Option<Self> {
        r.object()?;
        Self::__fields(r, true, ::core::option::Option::None)
    }
    fn fast_rest(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
        tag: &str,
    ) -> ::core::option::Option<Self> {
        Self::__fields(r, false, ::core::option::Option::Some(tag))
    }
}
impl ComponentDivider {
    #[inline]
    fn __fields<'__r>(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
        mut first: bool,
        tag: ::core::option::Option<&str>,
    ) -> ::core::option::Option<Self> {
        let mut __f0: ::core::option::Option<
            ::std::option::Option<ComponentDividerSpacingSize>,
        > = ::core::option::Option::None;
        while let ::core::option::Option::Some(key) = r.key(&mut first)? {
            if tag == ::core::option::Option::Some(key) {
                return ::core::option::Option::None;
            }
            match key {
                "dividerSpacingSize" => r.field(&mut __f0)?,
                _ => r.skip()?,
            }
        }
        ::core::option::Option::Some(Self {
            divider_spacing_size: __f0?,
        })
    }
}
impl<'__r> ::plain_webhooks::__private::fast::Fast<'__r>
for ComponentDividerSpacingSize {
    fn fast(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
    ) -> ::core::option::Option<Self> {
        match &*r.str()? {
            "XS" => ::core::option::Option::Some(Self::Xs),
            "S" => ::core::option::Option::Some(Self::S),
            "M" => ::core::option::Option::Some(Self::M),
            "L" => ::core::option::Option::Some(Self::L),
            "XL" => ::core::option::Option::Some(Self::Xl),
            "UNKNOWN_COMPONENT_DIVIDER_SPACING_SIZE" => {
                ::core::option::Option::Some(Self::UnknownComponentDividerSpacingSize)
            }
            _ => ::core::option::Option::None,
        }
    }
}
impl<'__r> ::plain_webhooks::__private::fast::Fast<'__r> for ComponentLinkButton {
    fn fast(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
    ) -> ::core::option::Option<Self> {
        r.object()?;
        Self::__fields(r, true, ::core::option::Option::None)
    }
    fn fast_rest(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
        tag: &str,
    ) -> ::core::option::Option<Self> {
        Self::__fields(r, false, ::core::option::Option::Some(tag))
    }
}
impl ComponentLinkButton {
    #[inline]
    fn __fields<'__r>(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
        mut first: bool,
        tag: ::core::option::Option<&str>,
    ) -> ::core::option::Option<Self> {
        let mut __f0: ::core::option::Option<ComponentLinkButtonLinkButtonLabel> = ::core::option::Option::None;
        let mut __f1: ::core::option::Option<::std::string::String> = ::core::option::Option::None;
        while let ::core::option::Option::Some(key) = r.key(&mut first)? {
            if tag == ::core::option::Option::Some(key) {
                return ::core::option::Option::None;
            }
            match key {
                "linkButtonLabel" => r.field(&mut __f0)?,
                "linkButtonUrl" => r.field(&mut __f1)?,
                _ => r.skip()?,
            }
        }
        ::core::option::Option::Some(Self {
            link_button_label: __f0?,
            link_button_url: __f1?,
        })
    }
}
impl<'__r> ::plain_webhooks::__private::fast::Fast<'__r>
for ComponentLinkButtonLinkButtonLabel {
    fn fast(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
    ) -> ::core::option::Option<Self> {
        r.parsed()
    }
}
impl<'__r> ::plain_webhooks::__private::fast::Fast<'__r> for ComponentPlainText {
    fn fast(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
    ) -> ::core::option::Option<Self> {
        r.object()?;
        Self::__fields(r, true, ::core::option::Option::None)
    }
    fn fast_rest(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
        tag: &str,
    ) -> ::core::option::Option<Self> {
        Self::__fields(r, false, ::core::option::Option::Some(tag))
    }
}
impl ComponentPlainText {
    #[inline]
    fn __fields<'__r>(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
        mut first: bool,
        tag: ::core::option::Option<&str>,
    ) -> ::core::option::Option<Self> {
        let mut __f0: ::core::option::Option<ComponentPlainTextPlainText> = ::core::option::Option::None;
        let mut __f1: ::core::option::Option<
            ::std::option::Option<ComponentPlainTextColor>,
        > = ::core::option::Option::None;
        let mut __f2: ::core::option::Option<
            ::std::option::Option<ComponentPlainTextSize>,
        > = ::core::option::Option::None;
        while let ::core::option::Option::Some(key) = r.key(&mut first)? {
            if tag == ::core::option::Option::Some(key) {
                return ::core::option::Option::None;
            }
            match key {
                "plainText" => r.field(&mut __f0)?,
                "plainTextColor" => r.field(&mut __f1)?,
                "plainTextSize" => r.field(&mut __f2)?,
                _ => r.skip()?,
            }
        }
        ::core::option::Option::Some(Self {
            plain_text: __f0?,
            plain_text_color: __f1?,
            plain_text_size: __f2?,
        })
    }
}
impl<'__r> ::plain_webhooks::__private::fast::Fast<'__r> for ComponentPlainTextColor {
    fn fast(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
    ) -> ::core::option::Option<Self> {
        match &*r.str()? {
            "NORMAL" => ::core::option::Option::Some(Self::Normal),
            "MUTED" => ::core::option::Option::Some(Self::Muted),
            "SUCCESS" => ::core::option::Option::Some(Self::Success),
            "WARNING" => ::core::option::Option::Some(Self::Warning),
            "ERROR" => ::core::option::Option::Some(Self::Error),
            "UNKNOWN_COMPONENT_PLAIN_TEXT_COLOR" => {
                ::core::option::Option::Some(Self::UnknownComponentPlainTextColor)
            }
            _ => ::core::option::Option::None,
        }
    }
}
impl<'__r> ::plain_webhooks::__private::fast::Fast<'__r>
for ComponentPlainTextPlainText {
    fn fast(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
    ) -> ::core::option::Option<Self> {
        r.parsed()
    }
}
impl<'__r> ::plain_webhooks::__private::fast::Fast<'__r> for ComponentPlainTextSize {
    fn fast(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
    ) -> ::core::option::Option<Self> {
        match &*r.str()? {
            "S" => ::core::option::Option::Some(Self::S),
            "M" => ::core::option::Option::Some(Self::M),
            "L" => ::core::option::Option::Some(Self::L),
            "UNKNOWN_COMPONENT_PLAIN_TEXT_SIZE" => {
                ::core::option::Option::Some(Self::UnknownComponentPlainTextSize)
            }
            _ => ::core::option::Option::None,
        }
    }
}
impl<'__r> ::plain_webhooks::__private::fast::Fast<'__r> for ComponentRow {
    fn fast(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
    ) -> ::core::option::Option<Self> {
        r.object()?;
        Self::__fields(r, true, ::core::option::Option::None)
    }
    fn fast_rest(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
        tag: &str,
    ) -> ::core::option::Option<Self> {
        Self::__fields(r, false, ::core::option::Option::Some(tag))
    }
}
impl ComponentRow {
    #[inline]
    fn __fields<'__r>(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
        mut first: bool,
        tag: ::core::option::Option<&str>,
    ) -> ::core::option::Option<Self> {
        let mut __f0: ::core::option::Option<::std::vec::Vec<ComponentRowContent>> = ::core::option::Option::None;
        let mut __f1: ::core::option::Option<::std::vec::Vec<ComponentRowContent>> = ::core::option::Option::None;
        while let ::core::option::Option::Some(key) = r.key(&mut first)? {
            if tag == ::core::option::Option::Some(key) {
                return ::core::option::Option::None;
            }
            match key {
                "rowAsideContent" => r.field(&mut __f0)?,
                "rowMainContent" => r.field(&mut __f1)?,
                _ => r.skip()?,
            }
        }
        ::core::option::Option::Some(Self {
            row_aside_content: __f0?,
            row_main_content: __f1?,
        })
    }
}
impl<'__r> ::plain_webhooks::__private::fast::Fast<'__r> for ComponentSpacer {
    fn fast(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
    ) -> ::core::option::Option<Self> {
        r.object()?;
        Self::__fields(r, true, ::core::option::Option::None)
    }
    fn fast_rest(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
        tag: &str,
    ) -> ::core::option::Option<Self> {
        Self::__fields(r, false, ::core::option::Option::Some(tag))
    }
}
impl ComponentSpacer {
    #[inline]
    fn __fields<'__r>(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
        mut first: bool,
        tag: ::core::option::Option<&str>,
    ) -> ::core::option::Option<Self> {
        let mut __f0: ::core::option::Option<ComponentSpacerSize> = ::core::option::Option::None;
        while let ::core::option::Option::Some(key) = r.key(&mut first)? {
            if tag == ::core::option::Option::Some(key) {
                return ::core::option::Option::None;
            }
            match key {
                "spacerSize" => r.field(&mut __f0)?,
                _ => r.skip()?,
            }
        }
        ::core::option::Option::Some(Self { spacer_size: __f0? })
    }
}
impl<'__r> ::plain_webhooks::__private::fast::Fast<'__r> for ComponentSpacerSize {
    fn fast(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
    ) -> ::core::option::Option<Self> {
        match &*r.str()? {
            "XS" => ::core::option::Option::Some(Self::Xs),
            "S" => ::core::option::Option::Some(Self::S),
            "M" => ::core::option::Option::Some(Self::M),
            "L" => ::core::option::Option::Some(Self::L),
            "XL" => ::core::option::Option::Some(Self::Xl),
            "UNKNOWN_COMPONENT_SPACER_SIZE" => {
                ::core::option::Option::Some(Self::UnknownComponentSpacerSize)
            }
            _ => ::core::option::Option::None,
        }
    }
}
impl<'__r> ::plain_webhooks::__private::fast::Fast<'__r> for ComponentText {
    fn fast(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
    ) -> ::core::option::Option<Self> {
        r.object()?;
        Self::__fields(r, true, ::core::option::Option::None)
    }
    fn fast_rest(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
        tag: &str,
    ) -> ::core::option::Option<Self> {
        Self::__fields(r, false, ::core::option::Option::Some(tag))
    }
}
impl ComponentText {
    #[inline]
    fn __fields<'__r>(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
        mut first: bool,
        tag: ::core::option::Option<&str>,
    ) -> ::core::option::Option<Self> {
        let mut __f0: ::core::option::Option<ComponentTextText> = ::core::option::Option::None;
        let mut __f1: ::core::option::Option<
            ::std::option::Option<ComponentTextColor>,
        > = ::core::option::Option::None;
        let mut __f2: ::core::option::Option<::std::option::Option<ComponentTextSize>> = ::core::option::Option::None;
        while let ::core::option::Option::Some(key) = r.key(&mut first)? {
            if tag == ::core::option::Option::Some(key) {
                return ::core::option::Option::None;
            }
            match key {
                "text" => r.field(&mut __f0)?,
                "textColor" => r.field(&mut __f1)?,
                "textSize" => r.field(&mut __f2)?,
                _ => r.skip()?,
            }
        }
        ::core::option::Option::Some(Self {
            text: __f0?,
            text_color: __f1?,
            text_size: __f2?,
        })
    }
}
impl<'__r> ::plain_webhooks::__private::fast::Fast<'__r> for ComponentTextColor {
    fn fast(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
    ) -> ::core::option::Option<Self> {
        match &*r.str()? {
            "NORMAL" => ::core::option::Option::Some(Self::Normal),
            "MUTED" => ::core::option::Option::Some(Self::Muted),
            "SUCCESS" => ::core::option::Option::Some(Self::Success),
            "WARNING" => ::core::option::Option::Some(Self::Warning),
            "ERROR" => ::core::option::Option::Some(Self::Error),
            "UNKNOWN_COMPONENT_TEXT_COLOR" => {
                ::core::option::Option::Some(Self::UnknownComponentTextColor)
            }
            _ => ::core::option::Option::None,
        }
    }
}
impl<'__r> ::plain_webhooks::__private::fast::Fast<'__r> for ComponentTextSize {
    fn fast(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
    ) -> ::core::option::Option<Self> {
        match &*r.str()? {
            "S" => ::core::option::Option::Some(Self::S),
            "M" => ::core::option::Option::Some(Self::M),
            "L" => ::core::option::Option::Some(Self::L),
            "UNKNOWN_COMPONENT_TEXT_SIZE" => {
                ::core::option::Option::Some(Self::UnknownComponentTextSize)
            }
            _ => ::core::option::Option::None,
        }
    }
}
impl<'__r> ::plain_webhooks::__private::fast::Fast<'__r> for ComponentTextText {
    fn fast(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
    ) -> ::core::option::Option<Self> {
        r.parsed()
    }
}
impl<'__r> ::plain_webhooks::__private::fast::Fast<'__r> for ComponentWorkflowButton {
    fn fast(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
    ) -> ::core::option::Option<Self> {
        r.object()?;
        Self::__fields(r, true, ::core::option::Option::None)
    }
    fn fast_rest(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
        tag: &str,
    ) -> ::core::option::Option<Self> {
        Self::__fields(r, false, ::core::option::Option::Some(tag))
    }
}
impl ComponentWorkflowButton {
    #[inline]
    fn __fields<'__r>(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
        mut first: bool,
        tag: ::core::option::Option<&str>,
    ) -> ::core::option::Option<Self> {
        let mut __f0: ::core::option::Option<
            ComponentWorkflowButtonWorkflowButtonLabel,
        > = ::core::option::Option::None;
        let mut __f1: ::core::option::Option<
            ComponentWorkflowButtonWorkflowButtonWorkflowIdentifier,
        > = ::core::option::Option::None;
        while let ::core::option::Option::Some(key) = r.key(&mut first)? {
            if tag == ::core::option::Option::Some(key) {
                return ::core::option::Option::None;
            }
            match key {
                "workflowButtonLabel" => r.field(&mut __f0)?,
                "workflowButtonWorkflowIdentifier" => r.field(&mut __f1)?,
                _ => r.skip()?,
            }
        }
        ::core::option::Option::Some(Self {
            workflow_button_label: __f0?,
            workflow_button_workflow_identifier: __f1?,
        })
    }
}
impl<'__r> ::plain_webhooks::__private::fast::Fast<'__r>
for ComponentWorkflowButtonWorkflowButtonLabel {
    fn fast(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
    ) -> ::core::option::Option<Self> {
        r.parsed()
    }
}
impl<'__r> ::plain_webhooks::__private::fast::Fast<'__r>
for ComponentWorkflowButtonWorkflowButtonWorkflowIdentifier {
    fn fast(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
    ) -> ::core::option::Option<Self> {
        r.object()?;
        Self::__fields(r, true, ::core::option::Option::None)
    }
    fn fast_rest(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
        tag: &str,
    ) -> ::core::option::Option<Self> {
        Self::__fields(r, false, ::core::option::Option::Some(tag))
    }
}
impl ComponentWorkflowButtonWorkflowButtonWorkflowIdentifier {
    #[inline]
    fn __fields<'__r>(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
        mut first: bool,
        tag: ::core::option::Option<&str>,
    ) -> ::core::option::Option<Self> {
        let mut __f0: ::core::option::Option<
            ::std::option::Option<::std::string::String>,
        > = ::core::option::Option::None;
        let mut __f1: ::core::option::Option<
            ::std::option::Option<::std::string::String>,
        > = ::core::option::Option::None;
        while let ::core::option::Option::Some(key) = r.key(&mut first)? {
            if tag == ::core::option::Option::Some(key) {
                return ::core::option::Option::None;
            }
            match key {
                "workflowId" => r.field(&mut __f0)?,
                "workflowKey" => r.field(&mut __f1)?,
                _ => r.skip()?,
            }
        }
        ::core::option::Option::Some(Self {
            workflow_id: __f0.unwrap_or(::core::option::Option::None),
            workflow_key: __f1.unwrap_or(::core::option::Option::None),
        })
    }
}
impl<'__r> ::plain_webhooks::__private::fast::Fast<'__r> for CustomEntry {
    fn fast(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
    ) -> ::core::option::Option<Self> {
        r.object()?;
        Self::__fields(r, true, ::core::option::Option::None)
    }
    fn fast_rest(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
        tag: &str,
    ) -> ::core::option::Option<Self> {
        Self::__fields(r, false, ::core::option::Option::Some(tag))
    }
}
impl CustomEntry {
    #[inline]
    fn __fields<'__r>(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
        mut first: bool,
        tag: ::core::option::Option<&str>,
    ) -> ::core::option::Option<Self> {
        let mut __f0: ::core::option::Option<::std::vec::Vec<CustomEntryAttachment>> = ::core::option::Option::None;
        let mut __f1: ::core::option::Option<::std::vec::Vec<Component>> = ::core::option::Option::None;
        let mut __f2: ::core::option::Option<
            ::std::option::Option<CustomEntryExternalId>,
        > = ::core::option::Option::None;
        let mut __f3: ::core::option::Option<CustomEntryTitle> = ::core::option::Option::None;
        let mut __f4: ::core::option::Option<
            ::std::option::Option<::std::string::String>,
        > = ::core::option::Option::None;
        while let ::core::option::Option::Some(key) = r.key(&mut first)? {
            if tag == ::core::option::Option::Some(key) {
                return ::core::option::Option::None;
            }
            match key {
                "attachments" => r.field(&mut __f0)?,
                "components" => r.field(&mut __f1)?,
                "externalId" => r.field(&mut __f2)?,
                "title" => r.field(&mut __f3)?,
                "type" => r.field(&mut __f4)?,
                _ => r.skip()?,
            }
        }
        ::core::option::Option::Some(Self {
            attachments: __f0?,
            components: __f1?,
            external_id: __f2?,
            title: __f3?,
            type_: __f4?,
        })
    }
}
impl<'__r> ::plain_webhooks::__private::fast::Fast<'__r> for CustomEntryAttachment {
    fn fast(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
    ) -> ::core::option::Option<Self> {
        r.object()?;
        Self::__fields(r, true, ::core::option::Option::None)
    }
    fn fast_rest(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
        tag: &str,
    ) -> ::core::option::Option<Self> {
        Self::__fields(r, false, ::core::option::Option::Some(tag))
    }
}
impl CustomEntryAttachment {
    #[inline]
    fn __fields<'__r>(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
        mut first: bool,
        tag: ::core::option::Option<&str>,
    ) -> ::core::option::Option<Self> {
        let mut __f0: ::core::option::Option<Datetime> = ::core::option::Option::None;
        let mut __f1: ::core::option::Option<Actor> = ::core::option::Option::None;
        let mut __f2: ::core::option::Option<NullableString> = ::core::option::Option::None;
        let mut __f3: ::core::option::Option<AttachmentFileMimeType> = ::core::option::Option::None;
        let mut __f4: ::core::option::Option<AttachmentFileName> = ::core::option::Option::None;
        let mut __f5: ::core::option::Option<AttachmentFileSizeBytes> = ::core::option::Option::None;
        let mut __f6: ::core::option::Option<Id> = ::core::option::Option::None;
        let mut __f7: ::core::option::Option<CustomEntryAttachmentType> = ::core::option::Option::None;
        let mut __f8: ::core::option::Option<Datetime> = ::core::option::Option::None;
        let mut __f9: ::core::option::Option<Actor> = ::core::option::Option::None;
        while let ::core::option::Option::Some(key) = r.key(&mut first)? {
            if tag == ::core::option::Option::Some(key) {
                return ::core::option::Option::None;
            }
            match key {
                "createdAt" => r.field(&mut __f0)?,
                "createdBy" => r.field(&mut __f1)?,
                "fileExtension" => r.field(&mut __f2)?,
                "fileMimeType" => r.field(&mut __f3)?,
                "fileName" => r.field(&mut __f4)?,
                "fileSizeBytes" => r.field(&mut __f5)?,
                "id" => r.field(&mut __f6)?,
                "type" => r.field(&mut __f7)?,
                "updatedAt" => r.field(&mut __f8)?,
                "updatedBy" => r.field(&mut __f9)?,
                _ => r.skip()?,
            }
        }
        ::core::option::Option::Some(Self {
            created_at: __f0?,
            created_by: __f1?,
            file_extension: __f2?,
            file_mime_type: __f3?,
            file_name: __f4?,
            file_size_bytes: __f5?,
            id: __f6?,
            type_: __f7?,
            updated_at: __f8?,
            updated_by: __f9?,
        })
    }
}
impl<'__r> ::plain_webhooks::__private::fast::Fast<'__r> for CustomEntryAttachmentType {
    fn fast(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
    ) -> ::core::option::Option<Self> {
        match &*r.str()? {
            "CUSTOM_TIMELINE_ENTRY" => {
                ::core::option::Option::Some(Self::CustomTimelineEntry)
            }
            _ => ::core::option::Option::None,
        }
    }
}
impl<'__r> ::plain_webhooks::__private::fast::Fast<'__r> for CustomEntryExternalId {
    fn fast(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
    ) -> ::core::option::Option<Self> {
        r.parsed()
    }
}
impl<'__r> ::plain_webhooks::__private::fast::Fast<'__r> for CustomEntryTitle {
    fn fast(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
    ) -> ::core::option::Option<Self> {
        r.parsed()
    }
}
impl<'__r> ::plain_webhooks::__private::fast::Fast<'__r> for Customer {
    fn fast(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
    ) -> ::core::option::Option<Self> {
        r.object()?;
        Self::__fields(r, true, ::core::option::Option::None)
    }
    fn fast_rest(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
        tag: &str,
    ) -> ::core::option::Option<Self> {
        Self::__fields(r, false, ::core::option::Option::Some(tag))
    }
}
impl Customer {
    #[inline]
    fn __fields<'__r>(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
        mut first: bool,
        tag: ::core::option::Option<&str>,
    ) -> ::core::option::Option<Self> {
        let mut __f0: ::core::option::Option<Datetime> = ::core::option::Option::None;
        let mut __f1: ::core::option::Option<Actor> = ::core::option::Option::None;
        let mut __f2: ::core::option::Option<::std::vec::Vec<CustomerGroupMembership>> = ::core::option::Option::None;
        let mut __f3: ::core::option::Option<CustomerEmail> = ::core::option::Option::None;
        let mut __f4: ::core::option::Option<
            ::std::option::Option<::std::string::String>,
        > = ::core::option::Option::None;
        let mut __f5: ::core::option::Option<::std::string::String> = ::core::option::Option::None;
        let mut __f6: ::core::option::Option<Id> = ::core::option::Option::None;
        let mut __f7: ::core::option::Option<::std::option::Option<Datetime>> = ::core::option::Option::None;
        let mut __f8: ::core::option::Option<::std::option::Option<InternalActor>> = ::core::option::Option::None;
        let mut __f9: ::core::option::Option<
            ::std::option::Option<::std::string::String>,
        > = ::core::option::Option::None;
        let mut __f10: ::core::option::Option<Datetime> = ::core::option::Option::None;
        let mut __f11: ::core::option::Option<Actor> = ::core::option::Option::None;
        while let ::core::option::Option::Some(key) = r.key(&mut first)? {
            if tag == ::core::option::Option::Some(key) {
                return ::core::option::Option::None;
            }
            match key {
                "createdAt" => r.field(&mut __f0)?,
                "createdBy" => r.field(&mut __f1)?,
                "customerGroupMemberships" => r.field(&mut __f2)?,
                "email" => r.field(&mut __f3)?,
                "externalId" => r.field(&mut __f4)?,
                "fullName" => r.field(&mut __f5)?,
                "id" => r.field(&mut __f6)?,
                "markedAsSpamAt" => r.field(&mut __f7)?,
                "markedAsSpamBy" => r.field(&mut __f8)?,
                "shortName" => r.field(&mut __f9)?,
                "updatedAt" => r.field(&mut __f10)?,
                "updatedBy" => r.field(&mut __f11)?,
                _ => r.skip()?,
            }
        }
        ::core::option::Option::Some(Self {
            created_at: __f0?,
            created_by: __f1?,
            customer_group_memberships: __f2?,
            email: __f3?,
            external_id: __f4?,
            full_name: __f5?,
            id: __f6?,
            marked_as_spam_at: __f7.unwrap_or(::core::option::Option::None),
            marked_as_spam_by: __f8.unwrap_or(::core::option::Option::None),
            short_name: __f9?,
            updated_at: __f10?,
            updated_by: __f11?,
        })
    }
}
impl<'__r> ::plain_webhooks::__private::fast::Fast<'__r> for CustomerActor {
    fn fast(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
    ) -> ::core::option::Option<Self> {
        r.object()?;
        Self::__fields(r, true, ::core::option::Option::None)
    }
    fn fast_rest(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
        tag: &str,
    ) -> ::core::option::Option<Self> {
        Self::__fields(r, false, ::core::option::Option::Some(tag))
    }
}
impl CustomerActor {
    #[inline]
    fn __fields<'__r>(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
        mut first: bool,
        tag: ::core::option::Option<&str>,
    ) -> ::core::option::Option<Self> {
        let mut __f0: ::core::option::Option<Id> = ::core::option::Option::None;
        while let ::core::option::Option::Some(key) = r.key(&mut first)? {
            if tag == ::core::option::Option::Some(key) {
                return ::core::option::Option::None;
            }
            match key {
                "customerId" => r.field(&mut __f0)?,
                _ => r.skip()?,
            }
        }
        ::core::option::Option::Some(Self { customer_id: __f0? })
    }
}
impl<'__r> ::plain_webhooks::__private::fast::Fast<'__r> for CustomerChangedPayload {
    fn fast(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
    ) -> ::core::option::Option<Self> {
        r.object()?;
        Self::__fields(r, true, ::core::option::Option::None)
    }
    fn fast_rest(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
        tag: &str,
    ) -> ::core::option::Option<Self> {
        Self::__fields(r, false, ::core::option::Option::Some(tag))
    }
}
impl CustomerChangedPayload {
    #[inline]
    fn __fields<'__r>(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
        mut first: bool,
        tag: ::core::option::Option<&str>,
    ) -> ::core::option::Option<Self> {
        let mut __f0: ::core::option::Option<CustomerChangedPayloadChangeType> = ::core::option::Option::None;
        let mut __f1: ::core::option::Option<Customer> = ::core::option::Option::None;
        let mut __f2: ::core::option::Option<CustomerChangedPayloadEventType> = ::core::option::Option::None;
        let mut __f3: ::core::option::Option<::std::option::Option<Customer>> = ::core::option::Option::None;
        while let ::core::option::Option::Some(key) = r.key(&mut first)? {
            if tag == ::core::option::Option::Some(key) {
                return ::core::option::Option::None;
            }
            match key {
                "changeType" => r.field(&mut __f0)?,
                "customer" => r.field(&mut __f1)?,
                "eventType" => r.field(&mut __f2)?,
                "previousCustomer" => r.field(&mut __f3)?,
                _ => r.skip()?,
            }
        }
        ::core::option::Option::Some(Self {
            change_type: __f0?,
            customer: __f1?,
            event_type: __f2?,
            previous_customer: __f3?,
        })
    }
}
impl<'__r> ::plain_webhooks::__private::fast::Fast<'__r>
for CustomerChangedPayloadChangeType {
    fn fast(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
    ) -> ::core::option::Option<Self> {
        match &*r.str()? {
            "ADDED" => ::core::option::Option::Some(Self::Added),
            "UPDATED" => ::core::option::Option::Some(Self::Updated),
            _ => ::core::option::Option::None,
        }
    }
}
impl<'__r> ::plain_webhooks::__private::fast::Fast<'__r>
for CustomerChangedPayloadEventType {
    fn fast(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
    ) -> ::core::option::Option<Self> {
        match &*r.str()? {
            "customer.customer_changed" => {
                ::core::option::Option::Some(Self::CustomerCustomerChanged)
            }
            _ => ::core::option::Option::None,
        }
    }
}
impl<'__r> ::plain_webhooks::__private::fast::Fast<'__r>
for CustomerCreatedPublicEventPayload {
    fn fast(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
    ) -> ::core::option::Option<Self> {
        r.object()?;
        Self::__fields(r, true, ::core::option::Option::None)
    }
    fn fast_rest(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
        tag: &str,
    ) -> ::core::option::Option<Self> {
        Self::__fields(r, false, ::core::option::Option::Some(tag))
    }
}
impl CustomerCreatedPublicEventPayload {
    #[inline]
    fn __fields<'__r>(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
        mut first: bool,
        tag: ::core::option::Option<&str>,
    ) -> ::core::option::Option<Self> {
        let mut __f0: ::core::option::Option<Customer> = ::core::option::Option::None;
        let mut __f1: ::core::option::Option<
            CustomerCreatedPublicEventPayloadEventType,
        > = ::core::option::Option::None;
        while let ::core::option::Option::Some(key) = r.key(&mut first)? {
            if tag == ::core::option::Option::Some(key) {
                return ::core::option::Option::None;
            }
            match key {
                "customer" => r.field(&mut __f0)?,
                "eventType" => r.field(&mut __f1)?,
                _ => r.skip()?,
            }
        }
        ::core::option::Option::Some(Self {
            customer: __f0?,
            event_type: __f1?,
        })
    }
}
impl<'__r> ::plain_webhooks::__private::fast::Fast<'__r>
for CustomerCreatedPublicEventPayloadEventType {
    fn fast(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
    ) -> ::core::option::Option<Self> {
        match &*r.str()? {
            "customer.customer_created" => {
                ::core::option::Option::Some(Self::CustomerCustomerCreated)
            }
            _ => ::core::option::Option::None,
        }
    }
}
impl<'__r> ::plain_webhooks::__private::fast::Fast<'__r>
for CustomerDeletedPublicEventPayload {
    fn fast(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
    ) -> ::core::option::Option<Self> {
        r.object()?;
        Self::__fields(r, true, ::core::option::Option::None)
    }
    fn fast_rest(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
        tag: &str,
    ) -> ::core::option::Option<Self> {
        Self::__fields(r, false, ::core::option::Option::Some(tag))
    }
}
impl CustomerDeletedPublicEventPayload {
    #[inline]
    fn __fields<'__r>(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
        mut first: bool,
        tag: ::core::option::Option<&str>,
    ) -> ::core::option::Option<Self> {
        let mut __f0: ::core::option::Option<
            CustomerDeletedPublicEventPayloadEventType,
        > = ::core::option::Option::None;
        let mut __f1: ::core::option::Option<Customer> = ::core::option::Option::None;
        while let ::core::option::Option::Some(key) = r.key(&mut first)? {
            if tag == ::core::option::Option::Some(key) {
                return ::core::option::Option::None;
            }
            match key {
                "eventType" => r.field(&mut __f0)?,
                "previousCustomer" => r.field(&mut __f1)?,
                _ => r.skip()?,
            }
        }
        ::core::option::Option::Some(Self {
            event_type: __f0?,
            previous_customer: __f1?,
        })
    }
}
impl<'__r> ::plain_webhooks::__private::fast::Fast<'__r>
for CustomerDeletedPublicEventPayloadEventType {
    fn fast(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
    ) -> ::core::option::Option<Self> {
        match &*r.str()? {
            "customer.customer_deleted" => {
                ::core::option::Option::Some(Self::CustomerCustomerDeleted)
            }
            _ => ::core::option::Option::None,
        }
    }
}
impl<'__r> ::plain_webhooks::__private::fast::Fast<'__r> for CustomerEmail {
    fn fast(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
    ) -> ::core::option::Option<Self> {
        r.object()?;
        Self::__fields(r, true, ::core::option::Option::None)
    }
    fn fast_rest(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
        tag: &str,
    ) -> ::core::option::Option<Self> {
        Self::__fields(r, false, ::core::option::Option::Some(tag))
    }
}
impl CustomerEmail {
    #[inline]
    fn __fields<'__r>(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
        mut first: bool,
        tag: ::core::option::Option<&str>,
    ) -> ::core::option::Option<Self> {
        let mut __f0: ::core::option::Option<EmailAddress> = ::core::option::Option::None;
        let mut __f1: ::core::option::Option<bool> = ::core::option::Option::None;
        let mut __f2: ::core::option::Option<::std::option::Option<Datetime>> = ::core::option::Option::None;
        while let ::core::option::Option::Some(key) = r.key(&mut first)? {
            if tag == ::core::option::Option::Some(key) {
                return ::core::option::Option::None;
            }
            match key {
                "email" => r.field(&mut __f0)?,
                "isVerified" => r.field(&mut __f1)?,
                "verifiedAt" => r.field(&mut __f2)?,
                _ => r.skip()?,
            }
        }
        ::core::option::Option::Some(Self {
            email: __f0?,
            is_verified: __f1?,
            verified_at: __f2?,
        })
    }
}
impl<'__r> ::plain_webhooks::__private::fast::Fast<'__r> for CustomerGroup {
    fn fast(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
    ) -> ::core::option::Option<Self> {
        r.object()?;
        Self::__fields(r, true, ::core::option::Option::None)
    }
    fn fast_rest(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
        tag: &str,
    ) -> ::core::option::Option<Self> {
        Self::__fields(r, false, ::core::option::Option::Some(tag))
    }
}
impl CustomerGroup {
    #[inline]
    fn __fields<'__r>(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
        mut first: bool,
        tag: ::core::option::Option<&str>,
    ) -> ::core::option::Option<Self> {
        let mut __f0: ::core::option::Option<CustomerGroupColor> = ::core::option::Option::None;
        let mut __f1: ::core::option::Option<Datetime> = ::core::option::Option::None;
        let mut __f2: ::core::option::Option<InternalActor> = ::core::option::Option::None;
        let mut __f3: ::core::option::Option<Id> = ::core::option::Option::None;
        let mut __f4: ::core::option::Option<CustomerGroupKey> = ::core::option::Option::None;
        let mut __f5: ::core::option::Option<CustomerGroupName> = ::core::option::Option::None;
        let mut __f6: ::core::option::Option<Datetime> = ::core::option::Option::None;
        let mut __f7: ::core::option::Option<InternalActor> = ::core::option::Option::None;
        let mut __f8: ::core::option::Option<Id> = ::core::option::Option::None;
        while let ::core::option::Option::Some(key) = r.key(&mut first)? {
            if tag == ::core::option::Option::Some(key) {
                return ::core::option::Option::None;
            }
            match key {
                "color" => r.field(&mut __f0)?,
                "createdAt" => r.field(&mut __f1)?,
                "createdBy" => r.field(&mut __f2)?,
                "id" => r.field(&mut __f3)?,
                "key" => r.field(&mut __f4)?,
                "name" => r.field(&mut __f5)?,
                "updatedAt" => r.field(&mut __f6)?,
                "updatedBy" => r.field(&mut __f7)?,
                "workspaceId" => r.field(&mut __f8)?,
                _ => r.skip()?,
            }
        }
        ::core::option::Option::Some(Self {
            color: __f0?,
            created_at: __f1?,
            created_by: __f2?,
            id: __f3?,
            key: __f4?,
            name: __f5?,
            updated_at: __f6?,
            updated_by: __f7?,
            workspace_id: __f8?,
        })
    }
}
impl<'__r> ::plain_webhooks::__private::fast::Fast<'__r>
for CustomerGroupChangedPayloadAdded {
    fn fast(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
    ) -> ::core::option::Option<Self> {
        r.object()?;
        Self::__fields(r, true, ::core::option::Option::None)
    }
    fn fast_rest(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
        tag: &str,
    ) -> ::core::option::Option<Self> {
        Self::__fields(r, false, ::core::option::Option::Some(tag))
    }
}
impl CustomerGroupChangedPayloadAdded {
    #[inline]
    fn __fields<'__r>(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
        mut first: bool,
        tag: ::core::option::Option<&str>,
    ) -> ::core::option::Option<Self> {
        let mut __f0: ::core::option::Option<CustomerGroup> = ::core::option::Option::None;
        let mut __f1: ::core::option::Option<
            CustomerGroupChangedPayloadAddedEventType,
        > = ::core::option::Option::None;
        while let ::core::option::Option::Some(key) = r.key(&mut first)? {
            if tag == ::core::option::Option::Some(key) {
                return ::core::option::Option::None;
            }
            match key {
                "customerGroup" => r.field(&mut __f0)?,
                "eventType" => r.field(&mut __f1)?,
                _ => r.skip()?,
            }
        }
        ::core::option::Option::Some(Self {
            customer_group: __f0?,
            event_type: __f1?,
        })
    }
}
impl<'__r> ::plain_webhooks::__private::fast::Fast<'__r>
for CustomerGroupChangedPayloadAddedEventType {
    fn fast(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
    ) -> ::core::option::Option<Self> {
        match &*r.str()? {
            "customer.customer_group_changed" => {
                ::core::option::Option::Some(Self::CustomerCustomerGroupChanged)
            }
            _ => ::core::option::Option::None,
        }
    }
}
impl<'__r> ::plain_webhooks::__private::fast::Fast<'__r>
for CustomerGroupChangedPayloadRemoved {
    fn fast(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
    ) -> ::core::option::Option<Self> {
        r.object()?;
        Self::__fields(r, true, ::core::option::Option::None)
    }
    fn fast_rest(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
        tag: &str,
    ) -> ::core::option::Option<Self> {
        Self::__fields(r, false, ::core::option::Option::Some(tag))
    }
}
impl CustomerGroupChangedPayloadRemoved {
    #[inline]
    fn __fields<'__r>(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
        mut first: bool,
        tag: ::core::option::Option<&str>,
    ) -> ::core::option::Option<Self> {
        let mut __f0: ::core::option::Option<
            CustomerGroupChangedPayloadRemovedEventType,
        > = ::core::option::Option::None;
        let mut __f1: ::core::option::Option<CustomerGroup> = ::core::option::Option::None;
        while let ::core::option::Option::Some(key) = r.key(&mut first)? {
            if tag == ::core::option::Option::Some(key) {
                return ::core::option::Option::None;
            }
            match key {
                "eventType" => r.field(&mut __f0)?,
                "previousCustomerGroup" => r.field(&mut __f1)?,
                _ => r.skip()?,
            }
        }
        ::core::option::Option::Some(Self {
            event_type: __f0?,
            previous_customer_group: __f1?,
        })
    }
}
impl<'__r> ::plain_webhooks::__private::fast::Fast<'__r>
for CustomerGroupChangedPayloadRemovedEventType {
    fn fast(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
    ) -> ::core::option::Option<Self> {
        match &*r.str()? {
            "customer.customer_group_changed" => {
                ::core::option::Option::Some(Self::CustomerCustomerGroupChanged)
            }
            _ => ::core::option::Option::None,
        }
    }
}
impl<'__r> ::plain_webhooks::__private::fast::Fast<'__r>
for CustomerGroupChangedPayloadUpdated {
    fn fast(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
    ) -> ::core::option::Option<Self> {
        r.object()?;
        Self::__fields(r, true, ::core::option::Option::None)
    }
    fn fast_rest(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
        tag: &str,
    ) -> ::core::option::Option<Self> {
        Self::__fields(r, false, ::core::option::Option::Some(tag))
    }
}
impl CustomerGroupChangedPayloadUpdated {
    #[inline]
    fn __fields<'__r>(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
        mut first: bool,
        tag: ::core::option::Option<&str>,
    ) -> ::core::option::Option<Self> {
        let mut __f0: ::core::option::Option<CustomerGroup> = ::core::option::Option::None;
        let mut __f1: ::core::option::Option<
            CustomerGroupChangedPayloadUpdatedEventType,
        > = ::core::option::Option::None;
        let mut __f2: ::core::option::Option<CustomerGroup> = ::core::option::Option::None;
        while let ::core::option::Option::Some(key) = r.key(&mut first)? {
            if tag == ::core::option::Option::Some(key) {
                return ::core::option::Option::None;
            }
            match key {
                "customerGroup" => r.field(&mut __f0)?,
                "eventType" => r.field(&mut __f1)?,
                "previousCustomerGroup" => r.field(&mut __f2)?,
                _ => r.skip()?,
            }
        }
        ::core::option::Option::Some(Self {
            customer_group: __f0?,
            event_type: __f1?,
            previous_customer_group: __f2?,
        })
    }
}
impl<'__r> ::plain_webhooks::__private::fast::Fast<'__r>
for CustomerGroupChangedPayloadUpdatedEventType {
    fn fast(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
    ) -> ::core::option::Option<Self> {
        match &*r.str()? {
            "customer.customer_group_changed" => {
                ::core::option::Option::Some(Self::CustomerCustomerGroupChanged)
            }
            _ => ::core::option::Option::None,
        }
    }
}
impl<'__r> ::plain_webhooks::__private::fast::Fast<'__r> for CustomerGroupColor {
    fn fast(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
    ) -> ::core::option::Option<Self> {
        r.parsed()
    }
}
impl<'__r> ::plain_webhooks::__private::fast::Fast<'__r> for CustomerGroupKey {
    fn fast(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
    ) -> ::core::option::Option<Self> {
        r.parsed()
    }
}
impl<'__r> ::plain_webhooks::__private::fast::Fast<'__r> for CustomerGroupMembership {
    fn fast(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
    ) -> ::core::option::Option<Self> {
        r.object()?;
        Self::__fields(r, true, ::core::option::Option::None)
    }
    fn fast_rest(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
        tag: &str,
    ) -> ::core::option::Option<Self> {
        Self::__fields(r, false, ::core::option::Option::Some(tag))
    }
}
impl CustomerGroupMembership {
    #[inline]
    fn __fields<'__r>(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
        mut first: bool,
        tag: ::core::option::Option<&str>,
    ) -> ::core::option::Option<Self> {
        let mut __f0: ::core::option::Option<Datetime> = ::core::option::Option::None;
        let mut __f1: ::core::option::Option<InternalActor> = ::core::option::Option::None;
        let mut __f2: ::core::option::Option<CustomerGroup> = ::core::option::Option::None;
        let mut __f3: ::core::option::Option<Id> = ::core::option::Option::None;
        let mut __f4: ::core::option::Option<Id> = ::core::option::Option::None;
        let mut __f5: ::core::option::Option<Datetime> = ::core::option::Option::None;
        let mut __f6: ::core::option::Option<InternalActor> = ::core::option::Option::None;
        let mut __f7: ::core::option::Option<Id> = ::core::option::Option::None;
        while let ::core::option::Option::Some(key) = r.key(&mut first)? {
            if tag == ::core::option::Option::Some(key) {
                return ::core::option::Option::None;
            }
            match key {
                "createdAt" => r.field(&mut __f0)?,
                "createdBy" => r.field(&mut __f1)?,
                "customerGroup" => r.field(&mut __f2)?,
                "customerGroupId" => r.field(&mut __f3)?,
                "customerId" => r.field(&mut __f4)?,
                "updatedAt" => r.field(&mut __f5)?,
                "updatedBy" => r.field(&mut __f6)?,
                "workspaceId" => r.field(&mut __f7)?,
                _ => r.skip()?,
            }
        }
        ::core::option::Option::Some(Self {
            created_at: __f0?,
            created_by: __f1?,
            customer_group: __f2?,
            customer_group_id: __f3?,
            customer_id: __f4?,
            updated_at: __f5?,
            updated_by: __f6?,
            workspace_id: __f7?,
        })
    }
}
impl<'__r> ::plain_webhooks::__private::fast::Fast<'__r>
for CustomerGroupMembershipsChangedPayload {
    fn fast(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
    ) -> ::core::option::Option<Self> {
        r.object()?;
        Self::__fields(r, true, ::core::option::Option::None)
    }
    fn fast_rest(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
        tag: &str,
    ) -> ::core::option::Option<Self> {
        Self::__fields(r, false, ::core::option::Option::Some(tag))
    }
}
impl CustomerGroupMembershipsChangedPayload {
    #[inline]
    fn __fields<'__r>(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
        mut first: bool,
        tag: ::core::option::Option<&str>,
    ) -> ::core::option::Option<Self> {
        let mut __f0: ::core::option::Option<
            CustomerGroupMembershipsChangedPayloadChangeType,
        > = ::core::option::Option::None;
        let mut __f1: ::core::option::Option<Customer> = ::core::option::Option::None;
        let mut __f2: ::core::option::Option<
            CustomerGroupMembershipsChangedPayloadEventType,
        > = ::core::option::Option::None;
        let mut __f3: ::core::option::Option<Customer> = ::core::option::Option::None;
        while let ::core::option::Option::Some(key) = r.key(&mut first)? {
            if tag == ::core::option::Option::Some(key) {
                return ::core::option::Option::None;
            }
            match key {
                "changeType" => r.field(&mut __f0)?,
                "customer" => r.field(&mut __f1)?,
                "eventType" => r.field(&mut __f2)?,
                "previousCustomer" => r.field(&mut __f3)?,
                _ => r.skip()?,
            }
        }
        ::core::option::Option::Some(Self {
            change_type: __f0?,
            customer: __f1?,
            event_type: __f2?,
            previous_customer: __f3?,
        })
    }
}
impl<'__r> ::plain_webhooks::__private::fast::Fast<'__r>
for CustomerGroupMembershipsChangedPayloadChangeType {
    fn fast(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
    ) -> ::core::option::Option<Self> {
        match &*r.str()? {
            "ADDED" => ::core::option::Option::Some(Self::Added),
            "REMOVED" => ::core::option::Option::Some(Self::Removed),
            _ => ::core::option::Option::None,
        }
    }
}
impl<'__r> ::plain_webhooks::__private::fast::Fast<'__r>
for CustomerGroupMembershipsChangedPayloadEventType {
    fn fast(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
    ) -> ::core::option::Option<Self> {
        match &*r.str()? {
            "customer.customer_group_memberships_changed" => {
                ::core::option::Option::Some(
                    Self::CustomerCustomerGroupMembershipsChanged,
                )
            }
            _ => ::core::option::Option::None,
        }
    }
}
impl<'__r> ::plain_webhooks::__private::fast::Fast<'__r> for CustomerGroupName {
    fn fast(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
    ) -> ::core::option::Option<Self> {
        r.parsed()
    }
}
impl<'__r> ::plain_webhooks::__private::fast::Fast<'__r>
for CustomerUpdatedPublicEventPayload {
    fn fast(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
    ) -> ::core::option::Option<Self> {
        r.object()?;
        Self::__fields(r, true, ::core::option::Option::None)
    }
    fn fast_rest(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
        tag: &str,
    ) -> ::core::option::Option<Self> {
        Self::__fields(r, false, ::core::option::Option::Some(tag))
    }
}
impl CustomerUpdatedPublicEventPayload {
    #[inline]
    fn __fields<'__r>(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
        mut first: bool,
        tag: ::core::option::Option<&str>,
    ) -> ::core::option::Option<Self> {
        let mut __f0: ::core::option::Option<Customer> = ::core::option::Option::None;
        let mut __f1: ::core::option::Option<
            CustomerUpdatedPublicEventPayloadEventType,
        > = ::core::option::Option::None;
        let mut __f2: ::core::option::Option<Customer> = ::core::option::Option::None;
        while let ::core::option::Option::Some(key) = r.key(&mut first)? {
            if tag == ::core::option::Option::Some(key) {
                return ::core::option::Option::None;
            }
            match key {
                "customer" => r.field(&mut __f0)?,
                "eventType" => r.field(&mut __f1)?,
                "previousCustomer" => r.field(&mut __f2)?,
                _ => r.skip()?,
            }
        }
        ::core::option::Option::Some(Self {
            customer: __f0?,
            event_type: __f1?,
            previous_customer: __f2?,
        })
    }
}
impl<'__r> ::plain_webhooks::__private::fast::Fast<'__r>
for CustomerUpdatedPublicEventPayloadEventType {
    fn fast(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
    ) -> ::core::option::Option<Self> {
        match &*r.str()? {
            "customer.customer_updated" => {
                ::core::option::Option::Some(Self::CustomerCustomerUpdated)
            }
            _ => ::core::option::Option::None,
        }
    }
}
impl<'__r> ::plain_webhooks::__private::fast::Fast<'__r> for Datetime {
    fn fast(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
    ) -> ::core::option::Option<Self> {
        ::core::option::Option::Some(Self(r.datetime()?))
    }
}
impl<'__r> ::plain_webhooks::__private::fast::Fast<'__r> for DiscordMessage {
    fn fast(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
    ) -> ::core::option::Option<Self> {
        r.object()?;
        Self::__fields(r, true, ::core::option::Option::None)
    }
    fn fast_rest(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
        tag: &str,
    ) -> ::core::option::Option<Self> {
        Self::__fields(r, false, ::core::option::Option::Some(tag))
    }
}
impl DiscordMessage {
    #[inline]
    fn __fields<'__r>(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
        mut first: bool,
        tag: ::core::option::Option<&str>,
    ) -> ::core::option::Option<Self> {
        let mut __f0: ::core::option::Option<::std::vec::Vec<Attachment>> = ::core::option::Option::None;
        let mut __f1: ::core::option::Option<Datetime> = ::core::option::Option::None;
        let mut __f2: ::core::option::Option<Actor> = ::core::option::Option::None;
        let mut __f3: ::core::option::Option<::std::option::Option<Datetime>> = ::core::option::Option::None;
        let mut __f4: ::core::option::Option<::std::string::String> = ::core::option::Option::None;
        let mut __f5: ::core::option::Option<::std::string::String> = ::core::option::Option::None;
        let mut __f6: ::core::option::Option<::std::string::String> = ::core::option::Option::None;
        let mut __f7: ::core::option::Option<::std::string::String> = ::core::option::Option::None;
        let mut __f8: ::core::option::Option<Datetime> = ::core::option::Option::None;
        let mut __f9: ::core::option::Option<Id> = ::core::option::Option::None;
        let mut __f10: ::core::option::Option<::std::option::Option<Datetime>> = ::core::option::Option::None;
        let mut __f11: ::core::option::Option<::std::string::String> = ::core::option::Option::None;
        let mut __f12: ::core::option::Option<Id> = ::core::option::Option::None;
        let mut __f13: ::core::option::Option<Datetime> = ::core::option::Option::None;
        let mut __f14: ::core::option::Option<Actor> = ::core::option::Option::None;
        while let ::core::option::Option::Some(key) = r.key(&mut first)? {
            if tag == ::core::option::Option::Some(key) {
                return ::core::option::Option::None;
            }
            match key {
                "attachments" => r.field(&mut __f0)?,
                "createdAt" => r.field(&mut __f1)?,
                "createdBy" => r.field(&mut __f2)?,
                "deletedOnDiscordAt" => r.field(&mut __f3)?,
                "discordChannelId" => r.field(&mut __f4)?,
                "discordGuildId" => r.field(&mut __f5)?,
                "discordId" => r.field(&mut __f6)?,
                "discordThreadId" => r.field(&mut __f7)?,
                "discordTimestamp" => r.field(&mut __f8)?,
                "id" => r.field(&mut __f9)?,
                "lastEditedOnDiscordAt" => r.field(&mut __f10)?,
                "textContent" => r.field(&mut __f11)?,
                "timelineEntryId" => r.field(&mut __f12)?,
                "updatedAt" => r.field(&mut __f13)?,
                "updatedBy" => r.field(&mut __f14)?,
                _ => r.skip()?,
            }
        }
        ::core::option::Option::Some(Self {
            attachments: __f0.unwrap_or_default(),
            created_at: __f1?,
            created_by: __f2?,
            deleted_on_discord_at: __f3.unwrap_or(::core::option::Option::None),
            discord_channel_id: __f4?,
            discord_guild_id: __f5?,
            discord_id: __f6?,
            discord_thread_id: __f7?,
            discord_timestamp: __f8?,
            id: __f9?,
            last_edited_on_discord_at: __f10.unwrap_or(::core::option::Option::None),
            text_content: __f11?,
            timeline_entry_id: __f12?,
            updated_at: __f13?,
            updated_by: __f14?,
        })
    }
}
impl<'__r> ::plain_webhooks::__private::fast::Fast<'__r> for Email {
    fn fast(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
    ) -> ::core::option::Option<Self> {
        r.object()?;
        Self::__fields(r, true, ::core::option::Option::None)
    }
    fn fast_rest(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
        tag: &str,
    ) -> ::core::option::Option<Self> {
        Self::__fields(r, false, ::core::option::Option::Some(tag))
    }
}
impl Email {
    #[inline]
    fn __fields<'__r>(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
        mut first: bool,
        tag: ::core::option::Option<&str>,
    ) -> ::core::option::Option<Self> {
        let mut __f0: ::core::option::Option<::std::vec::Vec<EmailParticipant>> = ::core::option::Option::None;
        let mut __f1: ::core::option::Option<::std::vec::Vec<Attachment>> = ::core::option::Option::None;
        let mut __f2: ::core::option::Option<EmailAuthenticity> = ::core::option::Option::None;
        let mut __f3: ::core::option::Option<Datetime> = ::core::option::Option::None;
        let mut __f4: ::core::option::Option<Actor> = ::core::option::Option::None;
        let mut __f5: ::core::option::Option<EmailParticipant> = ::core::option::Option::None;
        let mut __f6: ::core::option::Option<::std::vec::Vec<EmailParticipant>> = ::core::option::Option::None;
        let mut __f7: ::core::option::Option<Id> = ::core::option::Option::None;
        let mut __f8: ::core::option::Option<
            ::std::option::Option<::std::string::String>,
        > = ::core::option::Option::None;
        let mut __f9: ::core::option::Option<bool> = ::core::option::Option::None;
        let mut __f10: ::core::option::Option<
            ::std::option::Option<::std::string::String>,
        > = ::core::option::Option::None;
        let mut __f11: ::core::option::Option<::std::option::Option<Datetime>> = ::core::option::Option::None;
        let mut __f12: ::core::option::Option<
            ::std::option::Option<::std::string::String>,
        > = ::core::option::Option::None;
        let mut __f13: ::core::option::Option<::std::option::Option<Datetime>> = ::core::option::Option::None;
        let mut __f14: ::core::option::Option<
            ::std::option::Option<::std::string::String>,
        > = ::core::option::Option::None;
        let mut __f15: ::core::option::Option<
            ::std::option::Option<::std::string::String>,
        > = ::core::option::Option::None;
        let mut __f16: ::core::option::Option<Id> = ::core::option::Option::None;
        let mut __f17: ::core::option::Option<EmailParticipant> = ::core::option::Option::None;
        let mut __f18: ::core::option::Option<Datetime> = ::core::option::Option::None;
        let mut __f19: ::core::option::Option<Actor> = ::core::option::Option::None;
        while let ::core::option::Option::Some(key) = r.key(&mut first)? {
            if tag == ::core::option::Option::Some(key) {
                return ::core::option::Option::None;
            }
            match key {
                "additionalRecipients" => r.field(&mut __f0)?,
                "attachments" => r.field(&mut __f1)?,
                "authenticity" => r.field(&mut __f2)?,
                "createdAt" => r.field(&mut __f3)?,
                "createdBy" => r.field(&mut __f4)?,
                "from" => r.field(&mut __f5)?,
                "hiddenRecipients" => r.field(&mut __f6)?,
                "id" => r.field(&mut __f7)?,
                "inReplyToEmailId" => r.field(&mut __f8)?,
                "isStartOfThread" => r.field(&mut __f9)?,
                "markdownContent" => r.field(&mut __f10)?,
                "receivedAt" => r.field(&mut __f11)?,
                "replyTo" => r.field(&mut __f12)?,
                "sentAt" => r.field(&mut __f13)?,
                "subject" => r.field(&mut __f14)?,
                "textContent" => r.field(&mut __f15)?,
                "timelineEntryId" => r.field(&mut __f16)?,
                "to" => r.field(&mut __f17)?,
                "updatedAt" => r.field(&mut __f18)?,
                "updatedBy" => r.field(&mut __f19)?,
                _ => r.skip()?,
            }
        }
        ::core::option::Option::Some(Self {
            additional_recipients: __f0?,
            attachments: __f1?,
            authenticity: __f2?,
            created_at: __f3?,
            created_by: __f4?,
            from: __f5?,
            hidden_recipients: __f6?,
            id: __f7?,
            in_reply_to_email_id: __f8?,
            is_start_of_thread: __f9?,
            markdown_content: __f10?,
            received_at: __f11?,
            reply_to: __f12?,
            sent_at: __f13?,
            subject: __f14?,
            text_content: __f15?,
            timeline_entry_id: __f16?,
            to: __f17?,
            updated_at: __f18?,
            updated_by: __f19?,
        })
    }
}
impl<'__r> ::plain_webhooks::__private::fast::Fast<'__r> for EmailActorDeletedCustomer {
    fn fast(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
    ) -> ::core::option::Option<Self> {
        r.object()?;
        Self::__fields(r, true, ::core::option::Option::None)
    }
    fn fast_rest(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
        tag: &str,
    ) -> ::core::option::Option<Self> {
        Self::__fields(r, false, ::core::option::Option::Some(tag))
    }
}
impl EmailActorDeletedCustomer {
    #[inline]
    fn __fields<'__r>(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
        mut first: bool,
        tag: ::core::option::Option<&str>,
    ) -> ::core::option::Option<Self> {
        let mut __f0: ::core::option::Option<Id> = ::core::option::Option::None;
        while let ::core::option::Option::Some(key) = r.key(&mut first)? {
            if tag == ::core::option::Option::Some(key) {
                return ::core::option::Option::None;
            }
            match key {
                "customerId" => r.field(&mut __f0)?,
                _ => r.skip()?,
            }
        }
        ::core::option::Option::Some(Self { customer_id: __f0? })
    }
}
impl<'__r> ::plain_webhooks::__private::fast::Fast<'__r>
for EmailActorSupportEmailAddress {
    fn fast(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
    ) -> ::core::option::Option<Self> {
        r.object()?;
        Self::__fields(r, true, ::core::option::Option::None)
    }
    fn fast_rest(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
        tag: &str,
    ) -> ::core::option::Option<Self> {
        Self::__fields(r, false, ::core::option::Option::Some(tag))
    }
}
impl EmailActorSupportEmailAddress {
    #[inline]
    fn __fields<'__r>(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
        mut first: bool,
        tag: ::core::option::Option<&str>,
    ) -> ::core::option::Option<Self> {
        let mut __f0: ::core::option::Option<::std::string::String> = ::core::option::Option::None;
        while let ::core::option::Option::Some(key) = r.key(&mut first)? {
            if tag == ::core::option::Option::Some(key) {
                return ::core::option::Option::None;
            }
            match key {
                "supportEmailAddress" => r.field(&mut __f0)?,
                _ => r.skip()?,
            }
        }
        ::core::option::Option::Some(Self {
            support_email_address: __f0?,
        })
    }
}
impl<'__r> ::plain_webhooks::__private::fast::Fast<'__r> for EmailAddress {
    fn fast(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
    ) -> ::core::option::Option<Self> {
        r.parsed()
    }
}
impl<'__r> ::plain_webhooks::__private::fast::Fast<'__r> for EmailAuthenticity {
    fn fast(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
    ) -> ::core::option::Option<Self> {
        match &*r.str()? {
            "PASS" => ::core::option::Option::Some(Self::Pass),
            "FAIL" => ::core::option::Option::Some(Self::Fail),
            "UNKNOWN" => ::core::option::Option::Some(Self::Unknown),
            "UNKNOWN_EMAIL_AUTHENTICITY" => {
                ::core::option::Option::Some(Self::UnknownEmailAuthenticity)
            }
            _ => ::core::option::Option::None,
        }
    }
}
impl<'__r> ::plain_webhooks::__private::fast::Fast<'__r> for EmailEntry {
    fn fast(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
    ) -> ::core::option::Option<Self> {
        r.object()?;
        Self::__fields(r, true, ::core::option::Option::None)
    }
    fn fast_rest(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
        tag: &str,
    ) -> ::core::option::Option<Self> {
        Self::__fields(r, false, ::core::option::Option::Some(tag))
    }
}
impl EmailEntry {
    #[inline]
    fn __fields<'__r>(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
        mut first: bool,
        tag: ::core::option::Option<&str>,
    ) -> ::core::option::Option<Self> {
        let mut __f0: ::core::option::Option<::std::vec::Vec<EmailParticipant>> = ::core::option::Option::None;
        let mut __f1: ::core::option::Option<::std::vec::Vec<EmailEntryAttachment>> = ::core::option::Option::None;
        let mut __f2: ::core::option::Option<EmailAuthenticity> = ::core::option::Option::None;
        let mut __f3: ::core::option::Option<Id> = ::core::option::Option::None;
        let mut __f4: ::core::option::Option<EmailParticipant> = ::core::option::Option::None;
        let mut __f5: ::core::option::Option<bool> = ::core::option::Option::None;
        let mut __f6: ::core::option::Option<bool> = ::core::option::Option::None;
        let mut __f7: ::core::option::Option<::std::vec::Vec<EmailParticipant>> = ::core::option::Option::None;
        let mut __f8: ::core::option::Option<
            ::std::option::Option<::std::string::String>,
        > = ::core::option::Option::None;
        let mut __f9: ::core::option::Option<bool> = ::core::option::Option::None;
        let mut __f10: ::core::option::Option<
            ::std::option::Option<::std::string::String>,
        > = ::core::option::Option::None;
        let mut __f11: ::core::option::Option<::std::option::Option<Datetime>> = ::core::option::Option::None;
        let mut __f12: ::core::option::Option<::std::option::Option<Datetime>> = ::core::option::Option::None;
        let mut __f13: ::core::option::Option<
            ::std::option::Option<::std::string::String>,
        > = ::core::option::Option::None;
        let mut __f14: ::core::option::Option<
            ::std::option::Option<::std::string::String>,
        > = ::core::option::Option::None;
        let mut __f15: ::core::option::Option<EmailParticipant> = ::core::option::Option::None;
        while let ::core::option::Option::Some(key) = r.key(&mut first)? {
            if tag == ::core::option::Option::Some(key) {
                return ::core::option::Option::None;
            }
            match key {
                "additionalRecipients" => r.field(&mut __f0)?,
                "attachments" => r.field(&mut __f1)?,
                "authenticity" => r.field(&mut __f2)?,
                "emailId" => r.field(&mut __f3)?,
                "from" => r.field(&mut __f4)?,
                "hasMoreMarkdownContent" => r.field(&mut __f5)?,
                "hasMoreTextContent" => r.field(&mut __f6)?,
                "hiddenRecipients" => r.field(&mut __f7)?,
                "inReplyToEmailId" => r.field(&mut __f8)?,
                "isStartOfThread" => r.field(&mut __f9)?,
                "markdownContent" => r.field(&mut __f10)?,
                "receivedAt" => r.field(&mut __f11)?,
                "sentAt" => r.field(&mut __f12)?,
                "subject" => r.field(&mut __f13)?,
                "textContent" => r.field(&mut __f14)?,
                "to" => r.field(&mut __f15)?,
                _ => r.skip()?,
            }
        }
        ::core::option::Option::Some(Self {
            additional_recipients: __f0?,
            attachments: __f1?,
            authenticity: __f2?,
            email_id: __f3?,
            from: __f4?,
            has_more_markdown_content: __f5?,
            has_more_text_content: __f6?,
            hidden_recipients: __f7?,
            in_reply_to_email_id: __f8?,
            is_start_of_thread: __f9?,
            markdown_content: __f10?,
            received_at: __f11?,
            sent_at: __f12?,
            subject: __f13?,
            text_content: __f14?,
            to: __f15?,
        })
    }
}
impl<'__r> ::plain_webhooks::__private::fast::Fast<'__r> for EmailEntryAttachment {
    fn fast(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
    ) -> ::core::option::Option<Self> {
        r.object()?;
        Self::__fields(r, true, ::core::option::Option::None)
    }
    fn fast_rest(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
        tag: &str,
    ) -> ::core::option::Option<Self> {
        Self::__fields(r, false, ::core::option::Option::Some(tag))
    }
}
impl EmailEntryAttachment {
    #[inline]
    fn __fields<'__r>(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
        mut first: bool,
        tag: ::core::option::Option<&str>,
    ) -> ::core::option::Option<Self> {
        let mut __f0: ::core::option::Option<Datetime> = ::core::option::Option::None;
        let mut __f1: ::core::option::Option<Actor> = ::core::option::Option::None;
        let mut __f2: ::core::option::Option<::std::string::String> = ::core::option::Option::None;
        let mut __f3: ::core::option::Option<NullableString> = ::core::option::Option::None;
        let mut __f4: ::core::option::Option<AttachmentFileMimeType> = ::core::option::Option::None;
        let mut __f5: ::core::option::Option<AttachmentFileName> = ::core::option::Option::None;
        let mut __f6: ::core::option::Option<AttachmentFileSizeBytes> = ::core::option::Option::None;
        let mut __f7: ::core::option::Option<Id> = ::core::option::Option::None;
        let mut __f8: ::core::option::Option<EmailEntryAttachmentType> = ::core::option::Option::None;
        let mut __f9: ::core::option::Option<Datetime> = ::core::option::Option::None;
        let mut __f10: ::core::option::Option<Actor> = ::core::option::Option::None;
        while let ::core::option::Option::Some(key) = r.key(&mut first)? {
            if tag == ::core::option::Option::Some(key) {
                return ::core::option::Option::None;
            }
            match key {
                "createdAt" => r.field(&mut __f0)?,
                "createdBy" => r.field(&mut __f1)?,
                "emailContentId" => r.field(&mut __f2)?,
                "fileExtension" => r.field(&mut __f3)?,
                "fileMimeType" => r.field(&mut __f4)?,
                "fileName" => r.field(&mut __f5)?,
                "fileSizeBytes" => r.field(&mut __f6)?,
                "id" => r.field(&mut __f7)?,
                "type" => r.field(&mut __f8)?,
                "updatedAt" => r.field(&mut __f9)?,
                "updatedBy" => r.field(&mut __f10)?,
                _ => r.skip()?,
            }
        }
        ::core::option::Option::Some(Self {
            created_at: __f0?,
            created_by: __f1?,
            email_content_id: __f2?,
            file_extension: __f3?,
            file_mime_type: __f4?,
            file_name: __f5?,
            file_size_bytes: __f6?,
            id: __f7?,
            type_: __f8?,
            updated_at: __f9?,
            updated_by: __f10?,
        })
    }
}
impl<'__r> ::plain_webhooks::__private::fast::Fast<'__r> for EmailEntryAttachmentType {
    fn fast(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
    ) -> ::core::option::Option<Self> {
        match &*r.str()? {
            "EMAIL" => ::core::option::Option::Some(Self::Email),
            _ => ::core::option::Option::None,
        }
    }
}
impl<'__r> ::plain_webhooks::__private::fast::Fast<'__r> for EmailParticipant {
    fn fast(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
    ) -> ::core::option::Option<Self> {
        r.object()?;
        Self::__fields(r, true, ::core::option::Option::None)
    }
    fn fast_rest(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
        tag: &str,
    ) -> ::core::option::Option<Self> {
        Self::__fields(r, false, ::core::option::Option::Some(tag))
    }
}
impl EmailParticipant {
    #[inline]
    fn __fields<'__r>(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
        mut first: bool,
        tag: ::core::option::Option<&str>,
    ) -> ::core::option::Option<Self> {
        let mut __f0: ::core::option::Option<::std::string::String> = ::core::option::Option::None;
        let mut __f1: ::core::option::Option<::std::option::Option<EmailActor>> = ::core::option::Option::None;
        let mut __f2: ::core::option::Option<
            ::std::option::Option<::std::string::String>,
        > = ::core::option::Option::None;
        while let ::core::option::Option::Some(key) = r.key(&mut first)? {
            if tag == ::core::option::Option::Some(key) {
                return ::core::option::Option::None;
            }
            match key {
                "email" => r.field(&mut __f0)?,
                "emailActor" => r.field(&mut __f1)?,
                "name" => r.field(&mut __f2)?,
                _ => r.skip()?,
            }
        }
        ::core::option::Option::Some(Self {
            email: __f0?,
            email_actor: __f1?,
            name: __f2?,
        })
    }
}
impl<'__r> ::plain_webhooks::__private::fast::Fast<'__r> for Id {
    fn fast(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
    ) -> ::core::option::Option<Self> {
        r.parsed()
    }
}
impl<'__r> ::plain_webhooks::__private::fast::Fast<'__r> for Label {
    fn fast(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
    ) -> ::core::option::Option<Self> {
        r.object()?;
        Self::__fields(r, true, ::core::option::Option::None)
    }
    fn fast_rest(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
        tag: &str,
    ) -> ::core::option::Option<Self> {
        Self::__fields(r, false, ::core::option::Option::Some(tag))
    }
}
impl Label {
    #[inline]
    fn __fields<'__r>(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
        mut first: bool,
        tag: ::core::option::Option<&str>,
    ) -> ::core::option::Option<Self> {
        let mut __f0: ::core::option::Option<Datetime> = ::core::option::Option::None;
        let mut __f1: ::core::option::Option<Actor> = ::core::option::Option::None;
        let mut __f2: ::core::option::Option<Id> = ::core::option::Option::None;
        let mut __f3: ::core::option::Option<LabelType> = ::core::option::Option::None;
        let mut __f4: ::core::option::Option<Datetime> = ::core::option::Option::None;
        let mut __f5: ::core::option::Option<Actor> = ::core::option::Option::None;
        while let ::core::option::Option::Some(key) = r.key(&mut first)? {
            if tag == ::core::option::Option::Some(key) {
                return ::core::option::Option::None;
            }
            match key {
                "createdAt" => r.field(&mut __f0)?,
                "createdBy" => r.field(&mut __f1)?,
                "id" => r.field(&mut __f2)?,
                "labelType" => r.field(&mut __f3)?,
                "updatedAt" => r.field(&mut __f4)?,
                "updatedBy" => r.field(&mut __f5)?,
                _ => r.skip()?,
            }
        }
        ::core::option::Option::Some(Self {
            created_at: __f0?,
            created_by: __f1?,
            id: __f2?,
            label_type: __f3?,
            updated_at: __f4?,
            updated_by: __f5?,
        })
    }
}
impl<'__r> ::plain_webhooks::__private::fast::Fast<'__r> for LabelType {
    fn fast(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
    ) -> ::core::option::Option<Self> {
        r.object()?;
        Self::__fields(r, true, ::core::option::Option::None)
    }
    fn fast_rest(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
        tag: &str,
    ) -> ::core::option::Option<Self> {
        Self::__fields(r, false, ::core::option::Option::Some(tag))
    }
}
impl LabelType {
    #[inline]
    fn __fields<'__r>(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
        mut first: bool,
        tag: ::core::option::Option<&str>,
    ) -> ::core::option::Option<Self> {
        let mut __f0: ::core::option::Option<::std::option::Option<Datetime>> = ::core::option::Option::None;
        let mut __f1: ::core::option::Option<::std::option::Option<InternalActor>> = ::core::option::Option::None;
        let mut __f2: ::core::option::Option<Datetime> = ::core::option::Option::None;
        let mut __f3: ::core::option::Option<InternalActor> = ::core::option::Option::None;
        let mut __f4: ::core::option::Option<
            ::std::option::Option<LabelTypeExternalId>,
        > = ::core::option::Option::None;
        let mut __f5: ::core::option::Option<
            ::std::option::Option<::std::string::String>,
        > = ::core::option::Option::None;
        let mut __f6: ::core::option::Option<Id> = ::core::option::Option::None;
        let mut __f7: ::core::option::Option<bool> = ::core::option::Option::None;
        let mut __f8: ::core::option::Option<bool> = ::core::option::Option::None;
        let mut __f9: ::core::option::Option<LabelTypeName> = ::core::option::Option::None;
        let mut __f10: ::core::option::Option<Datetime> = ::core::option::Option::None;
        let mut __f11: ::core::option::Option<InternalActor> = ::core::option::Option::None;
        while let ::core::option::Option::Some(key) = r.key(&mut first)? {
            if tag == ::core::option::Option::Some(key) {
                return ::core::option::Option::None;
            }
            match key {
                "archivedAt" => r.field(&mut __f0)?,
                "archivedBy" => r.field(&mut __f1)?,
                "createdAt" => r.field(&mut __f2)?,
                "createdBy" => r.field(&mut __f3)?,
                "externalId" => r.field(&mut __f4)?,
                "icon" => r.field(&mut __f5)?,
                "id" => r.field(&mut __f6)?,
                "isArchived" => r.field(&mut __f7)?,
                "isExcludedFromAi" => r.field(&mut __f8)?,
                "name" => r.field(&mut __f9)?,
                "updatedAt" => r.field(&mut __f10)?,
                "updatedBy" => r.field(&mut __f11)?,
                _ => r.skip()?,
            }
        }
        ::core::option::Option::Some(Self {
            archived_at: __f0?,
            archived_by: __f1?,
            created_at: __f2?,
            created_by: __f3?,
            external_id: __f4.unwrap_or(::core::option::Option::None),
            icon: __f5.unwrap_or(::core::option::Option::None),
            id: __f6?,
            is_archived: __f7.unwrap_or_default(),
            is_excluded_from_ai: __f8.unwrap_or_default(),
            name: __f9?,
            updated_at: __f10?,
            updated_by: __f11?,
        })
    }
}
impl<'__r> ::plain_webhooks::__private::fast::Fast<'__r> for LabelTypeExternalId {
    fn fast(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
    ) -> ::core::option::Option<Self> {
        r.parsed()
    }
}
impl<'__r> ::plain_webhooks::__private::fast::Fast<'__r> for LabelTypeName {
    fn fast(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
    ) -> ::core::option::Option<Self> {
        r.parsed()
    }
}
impl<'__r> ::plain_webhooks::__private::fast::Fast<'__r> for MachineUser {
    fn fast(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
    ) -> ::core::option::Option<Self> {
        r.object()?;
        Self::__fields(r, true, ::core::option::Option::None)
    }
    fn fast_rest(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
        tag: &str,
    ) -> ::core::option::Option<Self> {
        Self::__fields(r, false, ::core::option::Option::Some(tag))
    }
}
impl MachineUser {
    #[inline]
    fn __fields<'__r>(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
        mut first: bool,
        tag: ::core::option::Option<&str>,
    ) -> ::core::option::Option<Self> {
        let mut __f0: ::core::option::Option<Datetime> = ::core::option::Option::None;
        let mut __f1: ::core::option::Option<InternalActor> = ::core::option::Option::None;
        let mut __f2: ::core::option::Option<NullableDatetime> = ::core::option::Option::None;
        let mut __f3: ::core::option::Option<NullableInternalActor> = ::core::option::Option::None;
        let mut __f4: ::core::option::Option<
            ::std::option::Option<::std::string::String>,
        > = ::core::option::Option::None;
        let mut __f5: ::core::option::Option<::std::string::String> = ::core::option::Option::None;
        let mut __f6: ::core::option::Option<Id> = ::core::option::Option::None;
        let mut __f7: ::core::option::Option<::std::string::String> = ::core::option::Option::None;
        let mut __f8: ::core::option::Option<Datetime> = ::core::option::Option::None;
        let mut __f9: ::core::option::Option<InternalActor> = ::core::option::Option::None;
        while let ::core::option::Option::Some(key) = r.key(&mut first)? {
            if tag == ::core::option::Option::Some(key) {
                return ::core::option::Option::None;
            }
            match key {
                "createdAt" => r.field(&mut __f0)?,
                "createdBy" => r.field(&mut __f1)?,
                "deletedAt" => r.field(&mut __f2)?,
                "deletedBy" => r.field(&mut __f3)?,
                "description" => r.field(&mut __f4)?,
                "fullName" => r.field(&mut __f5)?,
                "id" => r.field(&mut __f6)?,
                "publicName" => r.field(&mut __f7)?,
                "updatedAt" => r.field(&mut __f8)?,
                "updatedBy" => r.field(&mut __f9)?,
                _ => r.skip()?,
            }
        }
        ::core::option::Option::Some(Self {
            created_at: __f0?,
            created_by: __f1?,
            deleted_at: __f2?,
            deleted_by: __f3?,
            description: __f4?,
            full_name: __f5?,
            id: __f6?,
            public_name: __f7?,
            updated_at: __f8?,
            updated_by: __f9?,
        })
    }
}
impl<'__r> ::plain_webhooks::__private::fast::Fast<'__r> for MachineUserActor {
    fn fast(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
    ) -> ::core::option::Option<Self> {
        r.object()?;
        Self::__fields(r, true, ::core::option::Option::None)
    }
    fn fast_rest(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
        tag: &str,
    ) -> ::core::option::Option<Self> {
        Self::__fields(r, false, ::core::option::Option::Some(tag))
    }
}
impl MachineUserActor {
    #[inline]
    fn __fields<'__r>(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
        mut first: bool,
        tag: ::core::option::Option<&str>,
    ) -> ::core::option::Option<Self> {
        let mut __f0: ::core::option::Option<Id> = ::core::option::Option::None;
        while let ::core::option::Option::Some(key) = r.key(&mut first)? {
            if tag == ::core::option::Option::Some(key) {
                return ::core::option::Option::None;
            }
            match key {
                "machineUserId" => r.field(&mut __f0)?,
                _ => r.skip()?,
            }
        }
        ::core::option::Option::Some(Self { machine_user_id: __f0? })
    }
}
impl<'__r> ::plain_webhooks::__private::fast::Fast<'__r> for MsTeamsMessage {
    fn fast(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
    ) -> ::core::option::Option<Self> {
        r.object()?;
        Self::__fields(r, true, ::core::option::Option::None)
    }
    fn fast_rest(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
        tag: &str,
    ) -> ::core::option::Option<Self> {
        Self::__fields(r, false, ::core::option::Option::Some(tag))
    }
}
impl MsTeamsMessage {
    #[inline]
    fn __fields<'__r>(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
        mut first: bool,
        tag: ::core::option::Option<&str>,
    ) -> ::core::option::Option<Self> {
        let mut __f0: ::core::option::Option<::std::vec::Vec<Attachment>> = ::core::option::Option::None;
        let mut __f1: ::core::option::Option<Datetime> = ::core::option::Option::None;
        let mut __f2: ::core::option::Option<Actor> = ::core::option::Option::None;
        let mut __f3: ::core::option::Option<::std::option::Option<Datetime>> = ::core::option::Option::None;
        let mut __f4: ::core::option::Option<::std::option::Option<Datetime>> = ::core::option::Option::None;
        let mut __f5: ::core::option::Option<::std::string::String> = ::core::option::Option::None;
        let mut __f6: ::core::option::Option<::std::string::String> = ::core::option::Option::None;
        let mut __f7: ::core::option::Option<Id> = ::core::option::Option::None;
        let mut __f8: ::core::option::Option<Id> = ::core::option::Option::None;
        let mut __f9: ::core::option::Option<
            ::std::option::Option<MsTeamsMessageType>,
        > = ::core::option::Option::None;
        let mut __f10: ::core::option::Option<Datetime> = ::core::option::Option::None;
        let mut __f11: ::core::option::Option<Actor> = ::core::option::Option::None;
        while let ::core::option::Option::Some(key) = r.key(&mut first)? {
            if tag == ::core::option::Option::Some(key) {
                return ::core::option::Option::None;
            }
            match key {
                "attachments" => r.field(&mut __f0)?,
                "createdAt" => r.field(&mut __f1)?,
                "createdBy" => r.field(&mut __f2)?,
                "deletedOnMsTeamsAt" => r.field(&mut __f3)?,
                "lastEditedOnMsTeamsAt" => r.field(&mut __f4)?,
                "msTeamsMessageId" => r.field(&mut __f5)?,
                "text" => r.field(&mut __f6)?,
                "threadId" => r.field(&mut __f7)?,
                "timelineEntryId" => r.field(&mut __f8)?,
                "type" => r.field(&mut __f9)?,
                "updatedAt" => r.field(&mut __f10)?,
                "updatedBy" => r.field(&mut __f11)?,
                _ => r.skip()?,
            }
        }
        ::core::option::Option::Some(Self {
            attachments: __f0?,
            created_at: __f1?,
            created_by: __f2?,
            deleted_on_ms_teams_at: __f3?,
            last_edited_on_ms_teams_at: __f4?,
            ms_teams_message_id: __f5?,
            text: __f6?,
            thread_id: __f7?,
            timeline_entry_id: __f8?,
            type_: __f9?,
            updated_at: __f10?,
            updated_by: __f11?,
        })
    }
}
impl<'__r> ::plain_webhooks::__private::fast::Fast<'__r> for MsTeamsMessageType {
    fn fast(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
    ) -> ::core::option::Option<Self> {
        match &*r.str()? {
            "INBOUND" => ::core::option::Option::Some(Self::Inbound),
            "OUTBOUND" => ::core::option::Option::Some(Self::Outbound),
            "UNKNOWN_MS_TEAMS_MESSAGE_TYPE" => {
                ::core::option::Option::Some(Self::UnknownMsTeamsMessageType)
            }
            _ => ::core::option::Option::None,
        }
    }
}
impl<'__r> ::plain_webhooks::__private::fast::Fast<'__r> for NoteEntry {
    fn fast(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
    ) -> ::core::option::Option<Self> {
        r.object()?;
        Self::__fields(r, true, ::core::option::Option::None)
    }
    fn fast_rest(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
        tag: &str,
    ) -> ::core::option::Option<Self> {
        Self::__fields(r, false, ::core::option::Option::Some(tag))
    }
}
impl NoteEntry {
    #[inline]
    fn __fields<'__r>(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
        mut first: bool,
        tag: ::core::option::Option<&str>,
    ) -> ::core::option::Option<Self> {
        let mut __f0: ::core::option::Option<::std::option::Option<NoteEntryMarkdown>> = ::core::option::Option::None;
        let mut __f1: ::core::option::Option<Id> = ::core::option::Option::None;
        let mut __f2: ::core::option::Option<NoteEntryText> = ::core::option::Option::None;
        while let ::core::option::Option::Some(key) = r.key(&mut first)? {
            if tag == ::core::option::Option::Some(key) {
                return ::core::option::Option::None;
            }
            match key {
                "markdown" => r.field(&mut __f0)?,
                "noteId" => r.field(&mut __f1)?,
                "text" => r.field(&mut __f2)?,
                _ => r.skip()?,
            }
        }
        ::core::option::Option::Some(Self {
            markdown: __f0?,
            note_id: __f1?,
            text: __f2?,
        })
    }
}
impl<'__r> ::plain_webhooks::__private::fast::Fast<'__r> for NoteEntryMarkdown {
    fn fast(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
    ) -> ::core::option::Option<Self> {
        r.parsed()
    }
}
impl<'__r> ::plain_webhooks::__private::fast::Fast<'__r> for NoteEntryText {
    fn fast(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
    ) -> ::core::option::Option<Self> {
        r.parsed()
    }
}
impl<'__r> ::plain_webhooks::__private::fast::Fast<'__r> for NullableActor {
    fn fast(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
    ) -> ::core::option::Option<Self> {
        ::core::option::Option::Some(
            Self(::plain_webhooks::__private::fast::Fast::fast(r)?),
        )
    }
}
impl<'__r> ::plain_webhooks::__private::fast::Fast<'__r> for NullableDatetime {
    fn fast(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
    ) -> ::core::option::Option<Self> {
        ::core::option::Option::Some(
            Self(::plain_webhooks::__private::fast::Fast::fast(r)?),
        )
    }
}
impl<'__r> ::plain_webhooks::__private::fast::Fast<'__r> for NullableInternalActor {
    fn fast(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
    ) -> ::core::option::Option<Self> {
        ::core::option::Option::Some(
            Self(::plain_webhooks::__private::fast::Fast::fast(r)?),
        )
    }
}
impl<'__r> ::plain_webhooks::__private::fast::Fast<'__r> for NullableString {
    fn fast(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
    ) -> ::core::option::Option<Self> {
        ::core::option::Option::Some(
            Self(::plain_webhooks::__private::fast::Fast::fast(r)?),
        )
    }
}
impl<'__r> ::plain_webhooks::__private::fast::Fast<'__r>
for ServiceLevelAgreementFirstResponseTime {
    fn fast(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
    ) -> ::core::option::Option<Self> {
        r.object()?;
        Self::__fields(r, true, ::core::option::Option::None)
    }
    fn fast_rest(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
        tag: &str,
    ) -> ::core::option::Option<Self> {
        Self::__fields(r, false, ::core::option::Option::Some(tag))
    }
}
impl ServiceLevelAgreementFirstResponseTime {
    #[inline]
    fn __fields<'__r>(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
        mut first: bool,
        tag: ::core::option::Option<&str>,
    ) -> ::core::option::Option<Self> {
        let mut __f0: ::core::option::Option<Datetime> = ::core::option::Option::None;
        let mut __f1: ::core::option::Option<InternalActor> = ::core::option::Option::None;
        let mut __f2: ::core::option::Option<f64> = ::core::option::Option::None;
        let mut __f3: ::core::option::Option<Id> = ::core::option::Option::None;
        let mut __f4: ::core::option::Option<ThreadPriorityFilter> = ::core::option::Option::None;
        let mut __f5: ::core::option::Option<Tier> = ::core::option::Option::None;
        let mut __f6: ::core::option::Option<Datetime> = ::core::option::Option::None;
        let mut __f7: ::core::option::Option<InternalActor> = ::core::option::Option::None;
        let mut __f8: ::core::option::Option<
            ServiceLevelAgreementFirstResponseTimeUseBusinessHoursOnly,
        > = ::core::option::Option::None;
        while let ::core::option::Option::Some(key) = r.key(&mut first)? {
            if tag == ::core::option::Option::Some(key) {
                return ::core::option::Option::None;
            }
            match key {
                "createdAt" => r.field(&mut __f0)?,
                "createdBy" => r.field(&mut __f1)?,
                "firstResponseTimeMinutes" => r.field(&mut __f2)?,
                "id" => r.field(&mut __f3)?,
                "threadPriorityFilter" => r.field(&mut __f4)?,
                "tier" => r.field(&mut __f5)?,
                "updatedAt" => r.field(&mut __f6)?,
                "updatedBy" => r.field(&mut __f7)?,
                "useBusinessHoursOnly" => r.field(&mut __f8)?,
                _ => r.skip()?,
            }
        }
        ::core::option::Option::Some(Self {
            created_at: __f0?,
            created_by: __f1?,
            first_response_time_minutes: __f2?,
            id: __f3?,
            thread_priority_filter: __f4?,
            tier: __f5?,
            updated_at: __f6?,
            updated_by: __f7?,
            use_business_hours_only: __f8?,
        })
    }
}
impl<'__r> ::plain_webhooks::__private::fast::Fast<'__r>
for ServiceLevelAgreementFirstResponseTimeUseBusinessHoursOnly {
    fn fast(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
    ) -> ::core::option::Option<Self> {
        ::core::option::Option::Some(
            Self(::plain_webhooks::__private::fast::Fast::fast(r)?),
        )
    }
}
impl<'__r> ::plain_webhooks::__private::fast::Fast<'__r>
for ServiceLevelAgreementNextResponseTime {
    fn fast(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
    ) -> ::core::option::Option<Self> {
        r.object()?;
        Self::__fields(r, true, ::core::option::Option::None)
    }
    fn fast_rest(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
        tag: &str,
    ) -> ::core::option::Option<Self> {
        Self::__fields(r, false, ::core::option::Option::Some(tag))
    }
}
impl ServiceLevelAgreementNextResponseTime {
    #[inline]
    fn __fields<'__r>(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
        mut first: bool,
        tag: ::core::option::Option<&str>,
    ) -> ::core::option::Option<Self> {
        let mut __f0: ::core::option::Option<Datetime> = ::core::option::Option::None;
        let mut __f1: ::core::option::Option<InternalActor> = ::core::option::Option::None;
        let mut __f2: ::core::option::Option<Id> = ::core::option::Option::None;
        let mut __f3: ::core::option::Option<f64> = ::core::option::Option::None;
        let mut __f4: ::core::option::Option<ThreadPriorityFilter> = ::core::option::Option::None;
        let mut __f5: ::core::option::Option<Tier> = ::core::option::Option::None;
        let mut __f6: ::core::option::Option<Datetime> = ::core::option::Option::None;
        let mut __f7: ::core::option::Option<InternalActor> = ::core::option::Option::None;
        let mut __f8: ::core::option::Option<
            ServiceLevelAgreementFirstResponseTimeUseBusinessHoursOnly,
        > = ::core::option::Option::None;
        while let ::core::option::Option::Some(key) = r.key(&mut first)? {
            if tag == ::core::option::Option::Some(key) {
                return ::core::option::Option::None;
            }
            match key {
                "createdAt" => r.field(&mut __f0)?,
                "createdBy" => r.field(&mut __f1)?,
                "id" => r.field(&mut __f2)?,
                "nextResponseTimeMinutes" => r.field(&mut __f3)?,
                "threadPriorityFilter" => r.field(&mut __f4)?,
                "tier" => r.field(&mut __f5)?,
                "updatedAt" => r.field(&mut __f6)?,
                "updatedBy" => r.field(&mut __f7)?,
                "useBusinessHoursOnly" => r.field(&mut __f8)?,
                _ => r.skip()?,
            }
        }
        ::core::option::Option::Some(Self {
            created_at: __f0?,
            created_by: __f1?,
            id: __f2?,
            next_response_time_minutes: __f3?,
            thread_priority_filter: __f4?,
            tier: __f5?,
            updated_at: __f6?,
            updated_by: __f7?,
            use_business_hours_only: __f8?,
        })
    }
}
impl<'__r> ::plain_webhooks::__private::fast::Fast<'__r>
for ServiceLevelAgreementStatusDetailAchieved {
    fn fast(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
    ) -> ::core::option::Option<Self> {
        r.object()?;
        Self::__fields(r, true, ::core::option::Option::None)
    }
    fn fast_rest(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
        tag: &str,
    ) -> ::core::option::Option<Self> {
        Self::__fields(r, false, ::core::option::Option::Some(tag))
    }
}
impl ServiceLevelAgreementStatusDetailAchieved {
    #[inline]
    fn __fields<'__r>(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
        mut first: bool,
        tag: ::core::option::Option<&str>,
    ) -> ::core::option::Option<Self> {
        let mut __f0: ::core::option::Option<Datetime> = ::core::option::Option::None;
        while let ::core::option::Option::Some(key) = r.key(&mut first)? {
            if tag == ::core::option::Option::Some(key) {
                return ::core::option::Option::None;
            }
            match key {
                "achievedAt" => r.field(&mut __f0)?,
                _ => r.skip()?,
            }
        }
        ::core::option::Option::Some(Self { achieved_at: __f0? })
    }
}
impl<'__r> ::plain_webhooks::__private::fast::Fast<'__r>
for ServiceLevelAgreementStatusDetailBreached {
    fn fast(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
    ) -> ::core::option::Option<Self> {
        r.object()?;
        Self::__fields(r, true, ::core::option::Option::None)
    }
    fn fast_rest(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
        tag: &str,
    ) -> ::core::option::Option<Self> {
        Self::__fields(r, false, ::core::option::Option::Some(tag))
    }
}
impl ServiceLevelAgreementStatusDetailBreached {
    #[inline]
    fn __fields<'__r>(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
        mut first: bool,
        tag: ::core::option::Option<&str>,
    ) -> ::core::option::Option<Self> {
        let mut __f0: ::core::option::Option<Datetime> = ::core::option::Option::None;
        let mut __f1: ::core::option::Option<Datetime> = ::core::option::Option::None;
        while let ::core::option::Option::Some(key) = r.key(&mut first)? {
            if tag == ::core::option::Option::Some(key) {
                return ::core::option::Option::None;
            }
            match key {
                "breachedAt" => r.field(&mut __f0)?,
                "completedAt" => r.field(&mut __f1)?,
                _ => r.skip()?,
            }
        }
        ::core::option::Option::Some(Self {
            breached_at: __f0?,
            completed_at: __f1?,
        })
    }
}
impl<'__r> ::plain_webhooks::__private::fast::Fast<'__r>
for ServiceLevelAgreementStatusDetailBreaching {
    fn fast(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
    ) -> ::core::option::Option<Self> {
        r.object()?;
        Self::__fields(r, true, ::core::option::Option::None)
    }
    fn fast_rest(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
        tag: &str,
    ) -> ::core::option::Option<Self> {
        Self::__fields(r, false, ::core::option::Option::Some(tag))
    }
}
impl ServiceLevelAgreementStatusDetailBreaching {
    #[inline]
    fn __fields<'__r>(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
        mut first: bool,
        tag: ::core::option::Option<&str>,
    ) -> ::core::option::Option<Self> {
        let mut __f0: ::core::option::Option<Datetime> = ::core::option::Option::None;
        while let ::core::option::Option::Some(key) = r.key(&mut first)? {
            if tag == ::core::option::Option::Some(key) {
                return ::core::option::Option::None;
            }
            match key {
                "breachedAt" => r.field(&mut __f0)?,
                _ => r.skip()?,
            }
        }
        ::core::option::Option::Some(Self { breached_at: __f0? })
    }
}
impl<'__r> ::plain_webhooks::__private::fast::Fast<'__r>
for ServiceLevelAgreementStatusDetailCancelled {
    fn fast(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
    ) -> ::core::option::Option<Self> {
        r.object()?;
        Self::__fields(r, true, ::core::option::Option::None)
    }
    fn fast_rest(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
        tag: &str,
    ) -> ::core::option::Option<Self> {
        Self::__fields(r, false, ::core::option::Option::Some(tag))
    }
}
impl ServiceLevelAgreementStatusDetailCancelled {
    #[inline]
    fn __fields<'__r>(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
        mut first: bool,
        tag: ::core::option::Option<&str>,
    ) -> ::core::option::Option<Self> {
        let mut __f0: ::core::option::Option<Datetime> = ::core::option::Option::None;
        while let ::core::option::Option::Some(key) = r.key(&mut first)? {
            if tag == ::core::option::Option::Some(key) {
                return ::core::option::Option::None;
            }
            match key {
                "cancelledAt" => r.field(&mut __f0)?,
                _ => r.skip()?,
            }
        }
        ::core::option::Option::Some(Self { cancelled_at: __f0? })
    }
}
impl<'__r> ::plain_webhooks::__private::fast::Fast<'__r>
for ServiceLevelAgreementStatusDetailImminentBreach {
    fn fast(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
    ) -> ::core::option::Option<Self> {
        r.object()?;
        Self::__fields(r, true, ::core::option::Option::None)
    }
    fn fast_rest(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
        tag: &str,
    ) -> ::core::option::Option<Self> {
        Self::__fields(r, false, ::core::option::Option::Some(tag))
    }
}
impl ServiceLevelAgreementStatusDetailImminentBreach {
    #[inline]
    fn __fields<'__r>(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
        mut first: bool,
        tag: ::core::option::Option<&str>,
    ) -> ::core::option::Option<Self> {
        let mut __f0: ::core::option::Option<Datetime> = ::core::option::Option::None;
        while let ::core::option::Option::Some(key) = r.key(&mut first)? {
            if tag == ::core::option::Option::Some(key) {
                return ::core::option::Option::None;
            }
            match key {
                "breachTime" => r.field(&mut __f0)?,
                _ => r.skip()?,
            }
        }
        ::core::option::Option::Some(Self { breach_time: __f0? })
    }
}
impl<'__r> ::plain_webhooks::__private::fast::Fast<'__r>
for ServiceLevelAgreementStatusDetailPending {
    fn fast(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
    ) -> ::core::option::Option<Self> {
        r.object()?;
        Self::__fields(r, true, ::core::option::Option::None)
    }
    fn fast_rest(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
        tag: &str,
    ) -> ::core::option::Option<Self> {
        Self::__fields(r, false, ::core::option::Option::Some(tag))
    }
}
impl ServiceLevelAgreementStatusDetailPending {
    #[inline]
    fn __fields<'__r>(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
        mut first: bool,
        tag: ::core::option::Option<&str>,
    ) -> ::core::option::Option<Self> {
        let mut __f0: ::core::option::Option<Datetime> = ::core::option::Option::None;
        while let ::core::option::Option::Some(key) = r.key(&mut first)? {
            if tag == ::core::option::Option::Some(key) {
                return ::core::option::Option::None;
            }
            match key {
                "breachTime" => r.field(&mut __f0)?,
                _ => r.skip()?,
            }
        }
        ::core::option::Option::Some(Self { breach_time: __f0? })
    }
}
impl<'__r> ::plain_webhooks::__private::fast::Fast<'__r> for SlackMessage {
    fn fast(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
    ) -> ::core::option::Option<Self> {
        r.object()?;
        Self::__fields(r, true, ::core::option::Option::None)
    }
    fn fast_rest(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
        tag: &str,
    ) -> ::core::option::Option<Self> {
        Self::__fields(r, false, ::core::option::Option::Some(tag))
    }
}
impl SlackMessage {
    #[inline]
    fn __fields<'__r>(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
        mut first: bool,
        tag: ::core::option::Option<&str>,
    ) -> ::core::option::Option<Self> {
        let mut __f0: ::core::option::Option<::std::vec::Vec<Attachment>> = ::core::option::Option::None;
        let mut __f1: ::core::option::Option<Datetime> = ::core::option::Option::None;
        let mut __f2: ::core::option::Option<Actor> = ::core::option::Option::None;
        let mut __f3: ::core::option::Option<Id> = ::core::option::Option::None;
        let mut __f4: ::core::option::Option<::std::string::String> = ::core::option::Option::None;
        let mut __f5: ::core::option::Option<::std::string::String> = ::core::option::Option::None;
        let mut __f6: ::core::option::Option<::std::string::String> = ::core::option::Option::None;
        let mut __f7: ::core::option::Option<::std::string::String> = ::core::option::Option::None;
        let mut __f8: ::core::option::Option<
            ::std::vec::Vec<SlackMessageSlackReactionsItem>,
        > = ::core::option::Option::None;
        let mut __f9: ::core::option::Option<::std::string::String> = ::core::option::Option::None;
        let mut __f10: ::core::option::Option<Id> = ::core::option::Option::None;
        let mut __f11: ::core::option::Option<Datetime> = ::core::option::Option::None;
        let mut __f12: ::core::option::Option<Actor> = ::core::option::Option::None;
        while let ::core::option::Option::Some(key) = r.key(&mut first)? {
            if tag == ::core::option::Option::Some(key) {
                return ::core::option::Option::None;
            }
            match key {
                "attachments" => r.field(&mut __f0)?,
                "createdAt" => r.field(&mut __f1)?,
                "createdBy" => r.field(&mut __f2)?,
                "id" => r.field(&mut __f3)?,
                "resolvedText" => r.field(&mut __f4)?,
                "slackChannelId" => r.field(&mut __f5)?,
                "slackChannelName" => r.field(&mut __f6)?,
                "slackMessageLink" => r.field(&mut __f7)?,
                "slackReactions" => r.field(&mut __f8)?,
                "text" => r.field(&mut __f9)?,
                "timelineEntryId" => r.field(&mut __f10)?,
                "updatedAt" => r.field(&mut __f11)?,
                "updatedBy" => r.field(&mut __f12)?,
                _ => r.skip()?,
            }
        }
        ::core::option::Option::Some(Self {
            attachments: __f0?,
            created_at: __f1?,
            created_by: __f2?,
            id: __f3?,
            resolved_text: __f4.unwrap_or_default(),
            slack_channel_id: __f5?,
            slack_channel_name: __f6?,
            slack_message_link: __f7?,
            slack_reactions: __f8.unwrap_or_default(),
            text: __f9?,
            timeline_entry_id: __f10?,
            updated_at: __f11?,
            updated_by: __f12?,
        })
    }
}
impl<'__r> ::plain_webhooks::__private::fast::Fast<'__r>
for SlackMessageSlackReactionsItem {
    fn fast(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
    ) -> ::core::option::Option<Self> {
        r.object()?;
        Self::__fields(r, true, ::core::option::Option::None)
    }
    fn fast_rest(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
        tag: &str,
    ) -> ::core::option::Option<Self> {
        Self::__fields(r, false, ::core::option::Option::Some(tag))
    }
}
impl SlackMessageSlackReactionsItem {
    #[inline]
    fn __fields<'__r>(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
        mut first: bool,
        tag: ::core::option::Option<&str>,
    ) -> ::core::option::Option<Self> {
        let mut __f0: ::core::option::Option<
            ::std::vec::Vec<SlackMessageSlackReactionsItemActorsItem>,
        > = ::core::option::Option::None;
        let mut __f1: ::core::option::Option<
            ::std::option::Option<::std::string::String>,
        > = ::core::option::Option::None;
        let mut __f2: ::core::option::Option<::std::string::String> = ::core::option::Option::None;
        while let ::core::option::Option::Some(key) = r.key(&mut first)? {
            if tag == ::core::option::Option::Some(key) {
                return ::core::option::Option::None;
            }
            match key {
                "actors" => r.field(&mut __f0)?,
                "imageUrl" => r.field(&mut __f1)?,
                "name" => r.field(&mut __f2)?,
                _ => r.skip()?,
            }
        }
        ::core::option::Option::Some(Self {
            actors: __f0?,
            image_url: __f1.unwrap_or(::core::option::Option::None),
            name: __f2?,
        })
    }
}
impl<'__r> ::plain_webhooks::__private::fast::Fast<'__r>
for SlackMessageSlackReactionsItemActorsItem {
    fn fast(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
    ) -> ::core::option::Option<Self> {
        r.object()?;
        Self::__fields(r, true, ::core::option::Option::None)
    }
    fn fast_rest(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
        tag: &str,
    ) -> ::core::option::Option<Self> {
        Self::__fields(r, false, ::core::option::Option::Some(tag))
    }
}
impl SlackMessageSlackReactionsItemActorsItem {
    #[inline]
    fn __fields<'__r>(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
        mut first: bool,
        tag: ::core::option::Option<&str>,
    ) -> ::core::option::Option<Self> {
        let mut __f0: ::core::option::Option<Id> = ::core::option::Option::None;
        let mut __f1: ::core::option::Option<ThreadMessageInfoActorTypeVariant0> = ::core::option::Option::None;
        let mut __f2: ::core::option::Option<::std::string::String> = ::core::option::Option::None;
        while let ::core::option::Option::Some(key) = r.key(&mut first)? {
            if tag == ::core::option::Option::Some(key) {
                return ::core::option::Option::None;
            }
            match key {
                "actorId" => r.field(&mut __f0)?,
                "actorType" => r.field(&mut __f1)?,
                "slackUserId" => r.field(&mut __f2)?,
                _ => r.skip()?,
            }
        }
        ::core::option::Option::Some(Self {
            actor_id: __f0?,
            actor_type: __f1?,
            slack_user_id: __f2?,
        })
    }
}
impl<'__r> ::plain_webhooks::__private::fast::Fast<'__r> for SlackReactionChange {
    fn fast(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
    ) -> ::core::option::Option<Self> {
        r.object()?;
        Self::__fields(r, true, ::core::option::Option::None)
    }
    fn fast_rest(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
        tag: &str,
    ) -> ::core::option::Option<Self> {
        Self::__fields(r, false, ::core::option::Option::Some(tag))
    }
}
impl SlackReactionChange {
    #[inline]
    fn __fields<'__r>(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
        mut first: bool,
        tag: ::core::option::Option<&str>,
    ) -> ::core::option::Option<Self> {
        let mut __f0: ::core::option::Option<SlackReactionChangeChangeType> = ::core::option::Option::None;
        let mut __f1: ::core::option::Option<SlackMessageSlackReactionsItem> = ::core::option::Option::None;
        while let ::core::option::Option::Some(key) = r.key(&mut first)? {
            if tag == ::core::option::Option::Some(key) {
                return ::core::option::Option::None;
            }
            match key {
                "changeType" => r.field(&mut __f0)?,
                "reaction" => r.field(&mut __f1)?,
                _ => r.skip()?,
            }
        }
        ::core::option::Option::Some(Self {
            change_type: __f0?,
            reaction: __f1?,
        })
    }
}
impl<'__r> ::plain_webhooks::__private::fast::Fast<'__r>
for SlackReactionChangeChangeType {
    fn fast(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
    ) -> ::core::option::Option<Self> {
        match &*r.str()? {
            "ADDED" => ::core::option::Option::Some(Self::Added),
            "REMOVED" => ::core::option::Option::Some(Self::Removed),
            "UNKNOWN_SLACK_REACTION_CHANGE_TYPE" => {
                ::core::option::Option::Some(Self::UnknownSlackReactionChangeType)
            }
            _ => ::core::option::Option::None,
        }
    }
}
impl<'__r> ::plain_webhooks::__private::fast::Fast<'__r> for SystemActor {
    fn fast(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
    ) -> ::core::option::Option<Self> {
        r.object()?;
        Self::__fields(r, true, ::core::option::Option::None)
    }
    fn fast_rest(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
        tag: &str,
    ) -> ::core::option::Option<Self> {
        Self::__fields(r, false, ::core::option::Option::Some(tag))
    }
}
impl SystemActor {
    #[inline]
    fn __fields<'__r>(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
        mut first: bool,
        tag: ::core::option::Option<&str>,
    ) -> ::core::option::Option<Self> {
        let mut __f0: ::core::option::Option<::std::string::String> = ::core::option::Option::None;
        while let ::core::option::Option::Some(key) = r.key(&mut first)? {
            if tag == ::core::option::Option::Some(key) {
                return ::core::option::Option::None;
            }
            match key {
                "system" => r.field(&mut __f0)?,
                _ => r.skip()?,
            }
        }
        ::core::option::Option::Some(Self { system: __f0? })
    }
}
impl<'__r> ::plain_webhooks::__private::fast::Fast<'__r> for Thread {
    fn fast(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
    ) -> ::core::option::Option<Self> {
        r.object()?;
        Self::__fields(r, true, ::core::option::Option::None)
    }
    fn fast_rest(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
        tag: &str,
    ) -> ::core::option::Option<Self> {
        Self::__fields(r, false, ::core::option::Option::Some(tag))
    }
}
impl Thread {
    #[inline]
    fn __fields<'__r>(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
        mut first: bool,
        tag: ::core::option::Option<&str>,
    ) -> ::core::option::Option<Self> {
        let mut __f0: ::core::option::Option<::std::vec::Vec<ThreadAssignee>> = ::core::option::Option::None;
        let mut __f1: ::core::option::Option<::std::option::Option<Datetime>> = ::core::option::Option::None;
        let mut __f2: ::core::option::Option<::std::option::Option<ThreadAssignee>> = ::core::option::Option::None;
        let mut __f3: ::core::option::Option<Datetime> = ::core::option::Option::None;
        let mut __f4: ::core::option::Option<Actor> = ::core::option::Option::None;
        let mut __f5: ::core::option::Option<Customer> = ::core::option::Option::None;
        let mut __f6: ::core::option::Option<::std::option::Option<ThreadExternalId>> = ::core::option::Option::None;
        let mut __f7: ::core::option::Option<::std::option::Option<ThreadMessageInfo>> = ::core::option::Option::None;
        let mut __f8: ::core::option::Option<::std::option::Option<ThreadMessageInfo>> = ::core::option::Option::None;
        let mut __f9: ::core::option::Option<Id> = ::core::option::Option::None;
        let mut __f10: ::core::option::Option<::std::vec::Vec<Label>> = ::core::option::Option::None;
        let mut __f11: ::core::option::Option<
            ::std::option::Option<ThreadMessageInfo>,
        > = ::core::option::Option::None;
        let mut __f12: ::core::option::Option<
            ::std::option::Option<ThreadMessageInfo>,
        > = ::core::option::Option::None;
        let mut __f13: ::core::option::Option<
            ::std::option::Option<ThreadPreviewText>,
        > = ::core::option::Option::None;
        let mut __f14: ::core::option::Option<ThreadPriority> = ::core::option::Option::None;
        let mut __f15: ::core::option::Option<ThreadStatus> = ::core::option::Option::None;
        let mut __f16: ::core::option::Option<Datetime> = ::core::option::Option::None;
        let mut __f17: ::core::option::Option<::std::option::Option<Actor>> = ::core::option::Option::None;
        let mut __f18: ::core::option::Option<
            ::std::option::Option<ThreadStatusDetail>,
        > = ::core::option::Option::None;
        let mut __f19: ::core::option::Option<::std::vec::Vec<::std::string::String>> = ::core::option::Option::None;
        let mut __f20: ::core::option::Option<ThreadTitle> = ::core::option::Option::None;
        let mut __f21: ::core::option::Option<Datetime> = ::core::option::Option::None;
        let mut __f22: ::core::option::Option<Actor> = ::core::option::Option::None;
        while let ::core::option::Option::Some(key) = r.key(&mut first)? {
            if tag == ::core::option::Option::Some(key) {
                return ::core::option::Option::None;
            }
            match key {
                "additionalAssignees" => r.field(&mut __f0)?,
                "assignedAt" => r.field(&mut __f1)?,
                "assignee" => r.field(&mut __f2)?,
                "createdAt" => r.field(&mut __f3)?,
                "createdBy" => r.field(&mut __f4)?,
                "customer" => r.field(&mut __f5)?,
                "externalId" => r.field(&mut __f6)?,
                "firstInboundMessageInfo" => r.field(&mut __f7)?,
                "firstOutboundMessageInfo" => r.field(&mut __f8)?,
                "id" => r.field(&mut __f9)?,
                "labels" => r.field(&mut __f10)?,
                "lastInboundMessageInfo" => r.field(&mut __f11)?,
                "lastOutboundMessageInfo" => r.field(&mut __f12)?,
                "previewText" => r.field(&mut __f13)?,
                "priority" => r.field(&mut __f14)?,
                "status" => r.field(&mut __f15)?,
                "statusChangedAt" => r.field(&mut __f16)?,
                "statusChangedBy" => r.field(&mut __f17)?,
                "statusDetail" => r.field(&mut __f18)?,
                "supportEmailAddresses" => r.field(&mut __f19)?,
                "title" => r.field(&mut __f20)?,
                "updatedAt" => r.field(&mut __f21)?,
                "updatedBy" => r.field(&mut __f22)?,
                _ => r.skip()?,
            }
        }
        ::core::option::Option::Some(Self {
            additional_assignees: __f0.unwrap_or_default(),
            assigned_at: __f1?,
            assignee: __f2?,
            created_at: __f3?,
            created_by: __f4?,
            customer: __f5?,
            external_id: __f6?,
            first_inbound_message_info: __f7?,
            first_outbound_message_info: __f8?,
            id: __f9?,
            labels: __f10?,
            last_inbound_message_info: __f11?,
            last_outbound_message_info: __f12?,
            preview_text: __f13.unwrap_or(::core::option::Option::None),
            priority: __f14?,
            status: __f15?,
            status_changed_at: __f16?,
            status_changed_by: __f17.unwrap_or(::core::option::Option::None),
            status_detail: __f18?,
            support_email_addresses: __f19?,
            title: __f20?,
            updated_at: __f21?,
            updated_by: __f22?,
        })
    }
}
struct __FastThreadAssigneeVariant0 {
    type_: ThreadAssigneeVariant0Type,
}
impl<'__r> ::plain_webhooks::__private::fast::Fast<'__r>
for __FastThreadAssigneeVariant0 {
    fn fast(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
    ) -> ::core::option::Option<Self> {
        r.object()?;
        Self::__fields(r, true, ::core::option::Option::None)
    }
    fn fast_rest(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
        tag: &str,
    ) -> ::core::option::Option<Self> {
        Self::__fields(r, false, ::core::option::Option::Some(tag))
    }
}
impl __FastThreadAssigneeVariant0 {
    #[inline]
    fn __fields<'__r>(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
        mut first: bool,
        tag: ::core::option::Option<&str>,
    ) -> ::core::option::Option<Self> {
        let mut __f0: ::core::option::Option<ThreadAssigneeVariant0Type> = ::core::option::Option::None;
        while let ::core::option::Option::Some(key) = r.key(&mut first)? {
            if tag == ::core::option::Option::Some(key) {
                return ::core::option::Option::None;
            }
            match key {
                "type" => r.field(&mut __f0)?,
                _ => r.skip()?,
            }
        }
        ::core::option::Option::Some(Self { type_: __f0? })
    }
}
struct __FastThreadAssigneeVariant3 {
    id: ::std::string::String,
}
impl<'__r> ::plain_webhooks::__private::fast::Fast<'__r>
for __FastThreadAssigneeVariant3 {
    fn fast(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
    ) -> ::core::option::Option<Self> {
        r.object()?;
        Self::__fields(r, true, ::core::option::Option::None)
    }
    fn fast_rest(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
        tag: &str,
    ) -> ::core::option::Option<Self> {
        Self::__fields(r, false, ::core::option::Option::Some(tag))
    }
}
impl __FastThreadAssigneeVariant3 {
    #[inline]
    fn __fields<'__r>(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
        mut first: bool,
        tag: ::core::option::Option<&str>,
    ) -> ::core::option::Option<Self> {
        let mut __f0: ::core::option::Option<::std::string::String> = ::core::option::Option::None;
        while let ::core::option::Option::Some(key) = r.key(&mut first)? {
            if tag == ::core::option::Option::Some(key) {
                return ::core::option::Option::None;
            }
            match key {
                "id" => r.field(&mut __f0)?,
                _ => r.skip()?,
            }
        }
        ::core::option::Option::Some(Self { id: __f0? })
    }
}
impl<'__r> ::plain_webhooks::__private::fast::Fast<'__r> for ThreadAssignee {
    fn fast(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
    ) -> ::core::option::Option<Self> {
        if let ::core::option::Option::Some(v) = r
            .attempt(|r| {
                <User as ::plain_webhooks::__private::fast::Fast<'__r>>::fast(r)
                    .map(Self::Variant1)
            })
        {
            return ::core::option::Option::Some(v);
        }
        let keys = r.keys()?;
        if ["type"].iter().all(|k| keys.contains(k)) {
            return <__FastThreadAssigneeVariant0 as ::plain_webhooks::__private::fast::Fast<
                '__r,
            >>::fast(r)
                .map(|h| Self::Variant0 { type_: h.type_ });
        }
        if ["createdBy", "email", "fullName", "id", "publicName", "status", "updatedBy"]
            .iter()
            .all(|k| keys.contains(k))
        {
            return <User as ::plain_webhooks::__private::fast::Fast<'__r>>::fast(r)
                .map(Self::Variant1);
        }
        if ["createdBy", "description", "fullName", "id", "publicName", "updatedBy"]
            .iter()
            .all(|k| keys.contains(k))
        {
            return <MachineUser as ::plain_webhooks::__private::fast::Fast<
                '__r,
            >>::fast(r)
                .map(Self::Variant2);
        }
        if ["id"].iter().all(|k| keys.contains(k)) {
            return <__FastThreadAssigneeVariant3 as ::plain_webhooks::__private::fast::Fast<
                '__r,
            >>::fast(r)
                .map(|h| Self::Variant3 { id: h.id });
        }
        ::core::option::Option::None
    }
}
impl<'__r> ::plain_webhooks::__private::fast::Fast<'__r> for ThreadAssigneeVariant0Type {
    fn fast(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
    ) -> ::core::option::Option<Self> {
        match &*r.str()? {
            "UNKNOWN" => ::core::option::Option::Some(Self::Unknown),
            _ => ::core::option::Option::None,
        }
    }
}
impl<'__r> ::plain_webhooks::__private::fast::Fast<'__r>
for ThreadAssignmentTransitionedPublicEventPayload {
    fn fast(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
    ) -> ::core::option::Option<Self> {
        r.object()?;
        Self::__fields(r, true, ::core::option::Option::None)
    }
    fn fast_rest(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
        tag: &str,
    ) -> ::core::option::Option<Self> {
        Self::__fields(r, false, ::core::option::Option::Some(tag))
    }
}
impl ThreadAssignmentTransitionedPublicEventPayload {
    #[inline]
    fn __fields<'__r>(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
        mut first: bool,
        tag: ::core::option::Option<&str>,
    ) -> ::core::option::Option<Self> {
        let mut __f0: ::core::option::Option<
            ThreadAssignmentTransitionedPublicEventPayloadEventType,
        > = ::core::option::Option::None;
        let mut __f1: ::core::option::Option<Thread> = ::core::option::Option::None;
        let mut __f2: ::core::option::Option<Thread> = ::core::option::Option::None;
        while let ::core::option::Option::Some(key) = r.key(&mut first)? {
            if tag == ::core::option::Option::Some(key) {
                return ::core::option::Option::None;
            }
            match key {
                "eventType" => r.field(&mut __f0)?,
                "previousThread" => r.field(&mut __f1)?,
                "thread" => r.field(&mut __f2)?,
                _ => r.skip()?,
            }
        }
        ::core::option::Option::Some(Self {
            event_type: __f0?,
            previous_thread: __f1?,
            thread: __f2?,
        })
    }
}
impl<'__r> ::plain_webhooks::__private::fast::Fast<'__r>
for ThreadAssignmentTransitionedPublicEventPayloadEventType {
    fn fast(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
    ) -> ::core::option::Option<Self> {
        match &*r.str()? {
            "thread.thread_assignment_transitioned" => {
                ::core::option::Option::Some(Self::ThreadThreadAssignmentTransitioned)
            }
            _ => ::core::option::Option::None,
        }
    }
}
impl<'__r> ::plain_webhooks::__private::fast::Fast<'__r>
for ThreadChatReceivedPublicEventPayload {
    fn fast(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
    ) -> ::core::option::Option<Self> {
        r.object()?;
        Self::__fields(r, true, ::core::option::Option::None)
    }
    fn fast_rest(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
        tag: &str,
    ) -> ::core::option::Option<Self> {
        Self::__fields(r, false, ::core::option::Option::Some(tag))
    }
}
impl ThreadChatReceivedPublicEventPayload {
    #[inline]
    fn __fields<'__r>(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
        mut first: bool,
        tag: ::core::option::Option<&str>,
    ) -> ::core::option::Option<Self> {
        let mut __f0: ::core::option::Option<Chat> = ::core::option::Option::None;
        let mut __f1: ::core::option::Option<
            ThreadChatReceivedPublicEventPayloadEventType,
        > = ::core::option::Option::None;
        let mut __f2: ::core::option::Option<Thread> = ::core::option::Option::None;
        while let ::core::option::Option::Some(key) = r.key(&mut first)? {
            if tag == ::core::option::Option::Some(key) {
                return ::core::option::Option::None;
            }
            match key {
                "chat" => r.field(&mut __f0)?,
                "eventType" => r.field(&mut __f1)?,
                "thread" => r.field(&mut __f2)?,
                _ => r.skip()?,
            }
        }
        ::core::option::Option::Some(Self {
            chat: __f0?,
            event_type: __f1?,
            thread: __f2?,
        })
    }
}
impl<'__r> ::plain_webhooks::__private::fast::Fast<'__r>
for ThreadChatReceivedPublicEventPayloadEventType {
    fn fast(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
    ) -> ::core::option::Option<Self> {
        match &*r.str()? {
            "thread.chat_received" => {
                ::core::option::Option::Some(Self::ThreadChatReceived)
            }
            _ => ::core::option::Option::None,
        }
    }
}
impl<'__r> ::plain_webhooks::__private::fast::Fast<'__r>
for ThreadChatSentPublicEventPayload {
    fn fast(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
    ) -> ::core::option::Option<Self> {
        r.object()?;
        Self::__fields(r, true, ::core::option::Option::None)
    }
    fn fast_rest(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
        tag: &str,
    ) -> ::core::option::Option<Self> {
        Self::__fields(r, false, ::core::option::Option::Some(tag))
    }
}
impl ThreadChatSentPublicEventPayload {
    #[inline]
    fn __fields<'__r>(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
        mut first: bool,
        tag: ::core::option::Option<&str>,
    ) -> ::core::option::Option<Self> {
        let mut __f0: ::core::option::Option<Chat> = ::core::option::Option::None;
        let mut __f1: ::core::option::Option<
            ThreadChatSentPublicEventPayloadEventType,
        > = ::core::option::Option::None;
        let mut __f2: ::core::option::Option<Thread> = ::core::option::Option::None;
        while let ::core::option::Option::Some(key) = r.key(&mut first)? {
            if tag == ::core::option::Option::Some(key) {
                return ::core::option::Option::None;
            }
            match key {
                "chat" => r.field(&mut __f0)?,
                "eventType" => r.field(&mut __f1)?,
                "thread" => r.field(&mut __f2)?,
                _ => r.skip()?,
            }
        }
        ::core::option::Option::Some(Self {
            chat: __f0?,
            event_type: __f1?,
            thread: __f2?,
        })
    }
}
impl<'__r> ::plain_webhooks::__private::fast::Fast<'__r>
for ThreadChatSentPublicEventPayloadEventType {
    fn fast(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
    ) -> ::core::option::Option<Self> {
        match &*r.str()? {
            "thread.chat_sent" => ::core::option::Option::Some(Self::ThreadChatSent),
            _ => ::core::option::Option::None,
        }
    }
}
impl<'__r> ::plain_webhooks::__private::fast::Fast<'__r>
for ThreadCreatedPublicEventPayload {
    fn fast(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
    ) -> ::core::option::Option<Self> {
        r.object()?;
        Self::__fields(r, true, ::core::option::Option::None)
    }
    fn fast_rest(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
        tag: &str,
    ) -> ::core::option::Option<Self> {
        Self::__fields(r, false, ::core::option::Option::Some(tag))
    }
}
impl ThreadCreatedPublicEventPayload {
    #[inline]
    fn __fields<'__r>(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
        mut first: bool,
        tag: ::core::option::Option<&str>,
    ) -> ::core::option::Option<Self> {
        let mut __f0: ::core::option::Option<ThreadCreatedPublicEventPayloadEventType> = ::core::option::Option::None;
        let mut __f1: ::core::option::Option<Thread> = ::core::option::Option::None;
        while let ::core::option::Option::Some(key) = r.key(&mut first)? {
            if tag == ::core::option::Option::Some(key) {
                return ::core::option::Option::None;
            }
            match key {
                "eventType" => r.field(&mut __f0)?,
                "thread" => r.field(&mut __f1)?,
                _ => r.skip()?,
            }
        }
        ::core::option::Option::Some(Self {
            event_type: __f0?,
            thread: __f1?,
        })
    }
}
impl<'__r> ::plain_webhooks::__private::fast::Fast<'__r>
for ThreadCreatedPublicEventPayloadEventType {
    fn fast(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
    ) -> ::core::option::Option<Self> {
        match &*r.str()? {
            "thread.thread_created" => {
                ::core::option::Option::Some(Self::ThreadThreadCreated)
            }
            _ => ::core::option::Option::None,
        }
    }
}
impl<'__r> ::plain_webhooks::__private::fast::Fast<'__r>
for ThreadDiscordMessageReceivedEventPayload {
    fn fast(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
    ) -> ::core::option::Option<Self> {
        r.object()?;
        Self::__fields(r, true, ::core::option::Option::None)
    }
    fn fast_rest(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
        tag: &str,
    ) -> ::core::option::Option<Self> {
        Self::__fields(r, false, ::core::option::Option::Some(tag))
    }
}
impl ThreadDiscordMessageReceivedEventPayload {
    #[inline]
    fn __fields<'__r>(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
        mut first: bool,
        tag: ::core::option::Option<&str>,
    ) -> ::core::option::Option<Self> {
        let mut __f0: ::core::option::Option<DiscordMessage> = ::core::option::Option::None;
        let mut __f1: ::core::option::Option<
            ThreadDiscordMessageReceivedEventPayloadEventType,
        > = ::core::option::Option::None;
        let mut __f2: ::core::option::Option<Thread> = ::core::option::Option::None;
        while let ::core::option::Option::Some(key) = r.key(&mut first)? {
            if tag == ::core::option::Option::Some(key) {
                return ::core::option::Option::None;
            }
            match key {
                "discordMessage" => r.field(&mut __f0)?,
                "eventType" => r.field(&mut __f1)?,
                "thread" => r.field(&mut __f2)?,
                _ => r.skip()?,
            }
        }
        ::core::option::Option::Some(Self {
            discord_message: __f0?,
            event_type: __f1?,
            thread: __f2?,
        })
    }
}
impl<'__r> ::plain_webhooks::__private::fast::Fast<'__r>
for ThreadDiscordMessageReceivedEventPayloadEventType {
    fn fast(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
    ) -> ::core::option::Option<Self> {
        match &*r.str()? {
            "thread.discord_message_received" => {
                ::core::option::Option::Some(Self::ThreadDiscordMessageReceived)
            }
            _ => ::core::option::Option::None,
        }
    }
}
impl<'__r> ::plain_webhooks::__private::fast::Fast<'__r>
for ThreadDiscordMessageSentEventPayload {
    fn fast(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
    ) -> ::core::option::Option<Self> {
        r.object()?;
        Self::__fields(r, true, ::core::option::Option::None)
    }
    fn fast_rest(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
        tag: &str,
    ) -> ::core::option::Option<Self> {
        Self::__fields(r, false, ::core::option::Option::Some(tag))
    }
}
impl ThreadDiscordMessageSentEventPayload {
    #[inline]
    fn __fields<'__r>(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
        mut first: bool,
        tag: ::core::option::Option<&str>,
    ) -> ::core::option::Option<Self> {
        let mut __f0: ::core::option::Option<DiscordMessage> = ::core::option::Option::None;
        let mut __f1: ::core::option::Option<
            ThreadDiscordMessageSentEventPayloadEventType,
        > = ::core::option::Option::None;
        let mut __f2: ::core::option::Option<Thread> = ::core::option::Option::None;
        while let ::core::option::Option::Some(key) = r.key(&mut first)? {
            if tag == ::core::option::Option::Some(key) {
                return ::core::option::Option::None;
            }
            match key {
                "discordMessage" => r.field(&mut __f0)?,
                "eventType" => r.field(&mut __f1)?,
                "thread" => r.field(&mut __f2)?,
                _ => r.skip()?,
            }
        }
        ::core::option::Option::Some(Self {
            discord_message: __f0?,
            event_type: __f1?,
            thread: __f2?,
        })
    }
}
impl<'__r> ::plain_webhooks::__private::fast::Fast<'__r>
for ThreadDiscordMessageSentEventPayloadEventType {
    fn fast(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
    ) -> ::core::option::Option<Self> {
        match &*r.str()? {
            "thread.discord_message_sent" => {
                ::core::option::Option::Some(Self::ThreadDiscordMessageSent)
            }
            _ => ::core::option::Option::None,
        }
    }
}
impl<'__r> ::plain_webhooks::__private::fast::Fast<'__r>
for ThreadDiscordMessageUpdatedEventPayload {
    fn fast(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
    ) -> ::core::option::Option<Self> {
        r.object()?;
        Self::__fields(r, true, ::core::option::Option::None)
    }
    fn fast_rest(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
        tag: &str,
    ) -> ::core::option::Option<Self> {
        Self::__fields(r, false, ::core::option::Option::Some(tag))
    }
}
impl ThreadDiscordMessageUpdatedEventPayload {
    #[inline]
    fn __fields<'__r>(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
        mut first: bool,
        tag: ::core::option::Option<&str>,
    ) -> ::core::option::Option<Self> {
        let mut __f0: ::core::option::Option<DiscordMessage> = ::core::option::Option::None;
        let mut __f1: ::core::option::Option<
            ThreadDiscordMessageUpdatedEventPayloadEventType,
        > = ::core::option::Option::None;
        let mut __f2: ::core::option::Option<Thread> = ::core::option::Option::None;
        while let ::core::option::Option::Some(key) = r.key(&mut first)? {
            if tag == ::core::option::Option::Some(key) {
                return ::core::option::Option::None;
            }
            match key {
                "discordMessage" => r.field(&mut __f0)?,
                "eventType" => r.field(&mut __f1)?,
                "thread" => r.field(&mut __f2)?,
                _ => r.skip()?,
            }
        }
        ::core::option::Option::Some(Self {
            discord_message: __f0?,
            event_type: __f1?,
            thread: __f2?,
        })
    }
}
impl<'__r> ::plain_webhooks::__private::fast::Fast<'__r>
for ThreadDiscordMessageUpdatedEventPayloadEventType {
    fn fast(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
    ) -> ::core::option::Option<Self> {
        match &*r.str()? {
            "thread.discord_message_updated" => {
                ::core::option::Option::Some(Self::ThreadDiscordMessageUpdated)
            }
            _ => ::core::option::Option::None,
        }
    }
}
impl<'__r> ::plain_webhooks::__private::fast::Fast<'__r>
for ThreadEmailReceivedPublicEventPayload {
    fn fast(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
    ) -> ::core::option::Option<Self> {
        r.object()?;
        Self::__fields(r, true, ::core::option::Option::None)
    }
    fn fast_rest(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
        tag: &str,
    ) -> ::core::option::Option<Self> {
        Self::__fields(r, false, ::core::option::Option::Some(tag))
    }
}
impl ThreadEmailReceivedPublicEventPayload {
    #[inline]
    fn __fields<'__r>(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
        mut first: bool,
        tag: ::core::option::Option<&str>,
    ) -> ::core::option::Option<Self> {
        let mut __f0: ::core::option::Option<Email> = ::core::option::Option::None;
        let mut __f1: ::core::option::Option<
            ThreadEmailReceivedPublicEventPayloadEventType,
        > = ::core::option::Option::None;
        let mut __f2: ::core::option::Option<Thread> = ::core::option::Option::None;
        while let ::core::option::Option::Some(key) = r.key(&mut first)? {
            if tag == ::core::option::Option::Some(key) {
                return ::core::option::Option::None;
            }
            match key {
                "email" => r.field(&mut __f0)?,
                "eventType" => r.field(&mut __f1)?,
                "thread" => r.field(&mut __f2)?,
                _ => r.skip()?,
            }
        }
        ::core::option::Option::Some(Self {
            email: __f0?,
            event_type: __f1?,
            thread: __f2?,
        })
    }
}
impl<'__r> ::plain_webhooks::__private::fast::Fast<'__r>
for ThreadEmailReceivedPublicEventPayloadEventType {
    fn fast(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
    ) -> ::core::option::Option<Self> {
        match &*r.str()? {
            "thread.email_received" => {
                ::core::option::Option::Some(Self::ThreadEmailReceived)
            }
            _ => ::core::option::Option::None,
        }
    }
}
impl<'__r> ::plain_webhooks::__private::fast::Fast<'__r>
for ThreadEmailSentPublicEventPayload {
    fn fast(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
    ) -> ::core::option::Option<Self> {
        r.object()?;
        Self::__fields(r, true, ::core::option::Option::None)
    }
    fn fast_rest(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
        tag: &str,
    ) -> ::core::option::Option<Self> {
        Self::__fields(r, false, ::core::option::Option::Some(tag))
    }
}
impl ThreadEmailSentPublicEventPayload {
    #[inline]
    fn __fields<'__r>(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
        mut first: bool,
        tag: ::core::option::Option<&str>,
    ) -> ::core::option::Option<Self> {
        let mut __f0: ::core::option::Option<Email> = ::core::option::Option::None;
        let mut __f1: ::core::option::Option<
            ThreadEmailSentPublicEventPayloadEventType,
        > = ::core::option::Option::None;
        let mut __f2: ::core::option::Option<Thread> = ::core::option::Option::None;
        while let ::core::option::Option::Some(key) = r.key(&mut first)? {
            if tag == ::core::option::Option::Some(key) {
                return ::core::option::Option::None;
            }
            match key {
                "email" => r.field(&mut __f0)?,
                "eventType" => r.field(&mut __f1)?,
                "thread" => r.field(&mut __f2)?,
                _ => r.skip()?,
            }
        }
        ::core::option::Option::Some(Self {
            email: __f0?,
            event_type: __f1?,
            thread: __f2?,
        })
    }
}
impl<'__r> ::plain_webhooks::__private::fast::Fast<'__r>
for ThreadEmailSentPublicEventPayloadEventType {
    fn fast(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
    ) -> ::core::option::Option<Self> {
        match &*r.str()? {
            "thread.email_sent" => ::core::option::Option::Some(Self::ThreadEmailSent),
            _ => ::core::option::Option::None,
        }
    }
}
impl<'__r> ::plain_webhooks::__private::fast::Fast<'__r> for ThreadExternalId {
    fn fast(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
    ) -> ::core::option::Option<Self> {
        r.parsed()
    }
}
impl<'__r> ::plain_webhooks::__private::fast::Fast<'__r> for ThreadField {
    fn fast(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
    ) -> ::core::option::Option<Self> {
        r.object()?;
        Self::__fields(r, true, ::core::option::Option::None)
    }
    fn fast_rest(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
        tag: &str,
    ) -> ::core::option::Option<Self> {
        Self::__fields(r, false, ::core::option::Option::Some(tag))
    }
}
impl ThreadField {
    #[inline]
    fn __fields<'__r>(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
        mut first: bool,
        tag: ::core::option::Option<&str>,
    ) -> ::core::option::Option<Self> {
        let mut __f0: ::core::option::Option<::std::option::Option<bool>> = ::core::option::Option::None;
        let mut __f1: ::core::option::Option<Datetime> = ::core::option::Option::None;
        let mut __f2: ::core::option::Option<Actor> = ::core::option::Option::None;
        let mut __f3: ::core::option::Option<
            ::std::option::Option<::std::string::String>,
        > = ::core::option::Option::None;
        let mut __f4: ::core::option::Option<Id> = ::core::option::Option::None;
        let mut __f5: ::core::option::Option<::std::string::String> = ::core::option::Option::None;
        let mut __f6: ::core::option::Option<::std::option::Option<f64>> = ::core::option::Option::None;
        let mut __f7: ::core::option::Option<
            ::std::option::Option<::std::string::String>,
        > = ::core::option::Option::None;
        let mut __f8: ::core::option::Option<Id> = ::core::option::Option::None;
        let mut __f9: ::core::option::Option<ThreadFieldType> = ::core::option::Option::None;
        let mut __f10: ::core::option::Option<Datetime> = ::core::option::Option::None;
        let mut __f11: ::core::option::Option<Actor> = ::core::option::Option::None;
        while let ::core::option::Option::Some(key) = r.key(&mut first)? {
            if tag == ::core::option::Option::Some(key) {
                return ::core::option::Option::None;
            }
            match key {
                "booleanValue" => r.field(&mut __f0)?,
                "createdAt" => r.field(&mut __f1)?,
                "createdBy" => r.field(&mut __f2)?,
                "dateValue" => r.field(&mut __f3)?,
                "id" => r.field(&mut __f4)?,
                "key" => r.field(&mut __f5)?,
                "numberValue" => r.field(&mut __f6)?,
                "stringValue" => r.field(&mut __f7)?,
                "threadId" => r.field(&mut __f8)?,
                "type" => r.field(&mut __f9)?,
                "updatedAt" => r.field(&mut __f10)?,
                "updatedBy" => r.field(&mut __f11)?,
                _ => r.skip()?,
            }
        }
        ::core::option::Option::Some(Self {
            boolean_value: __f0?,
            created_at: __f1?,
            created_by: __f2?,
            date_value: __f3.unwrap_or(::core::option::Option::None),
            id: __f4?,
            key: __f5?,
            number_value: __f6.unwrap_or(::core::option::Option::None),
            string_value: __f7?,
            thread_id: __f8?,
            type_: __f9?,
            updated_at: __f10?,
            updated_by: __f11?,
        })
    }
}
impl<'__r> ::plain_webhooks::__private::fast::Fast<'__r>
for ThreadFieldCreatedPublicEventPayload {
    fn fast(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
    ) -> ::core::option::Option<Self> {
        r.object()?;
        Self::__fields(r, true, ::core::option::Option::None)
    }
    fn fast_rest(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
        tag: &str,
    ) -> ::core::option::Option<Self> {
        Self::__fields(r, false, ::core::option::Option::Some(tag))
    }
}
impl ThreadFieldCreatedPublicEventPayload {
    #[inline]
    fn __fields<'__r>(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
        mut first: bool,
        tag: ::core::option::Option<&str>,
    ) -> ::core::option::Option<Self> {
        let mut __f0: ::core::option::Option<
            ThreadFieldCreatedPublicEventPayloadEventType,
        > = ::core::option::Option::None;
        let mut __f1: ::core::option::Option<Thread> = ::core::option::Option::None;
        let mut __f2: ::core::option::Option<ThreadField> = ::core::option::Option::None;
        while let ::core::option::Option::Some(key) = r.key(&mut first)? {
            if tag == ::core::option::Option::Some(key) {
                return ::core::option::Option::None;
            }
            match key {
                "eventType" => r.field(&mut __f0)?,
                "thread" => r.field(&mut __f1)?,
                "threadField" => r.field(&mut __f2)?,
                _ => r.skip()?,
            }
        }
        ::core::option::Option::Some(Self {
            event_type: __f0?,
            thread: __f1?,
            thread_field: __f2?,
        })
    }
}
impl<'__r> ::plain_webhooks::__private::fast::Fast<'__r>
for ThreadFieldCreatedPublicEventPayloadEventType {
    fn fast(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
    ) -> ::core::option::Option<Self> {
        match &*r.str()? {
            "thread.thread_field_created" => {
                ::core::option::Option::Some(Self::ThreadThreadFieldCreated)
            }
            _ => ::core::option::Option::None,
        }
    }
}
impl<'__r> ::plain_webhooks::__private::fast::Fast<'__r>
for ThreadFieldDeletedPublicEventPayload {
    fn fast(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
    ) -> ::core::option::Option<Self> {
        r.object()?;
        Self::__fields(r, true, ::core::option::Option::None)
    }
    fn fast_rest(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
        tag: &str,
    ) -> ::core::option::Option<Self> {
        Self::__fields(r, false, ::core::option::Option::Some(tag))
    }
}
impl ThreadFieldDeletedPublicEventPayload {
    #[inline]
    fn __fields<'__r>(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
        mut first: bool,
        tag: ::core::option::Option<&str>,
    ) -> ::core::option::Option<Self> {
        let mut __f0: ::core::option::Option<
            ThreadFieldDeletedPublicEventPayloadEventType,
        > = ::core::option::Option::None;
        let mut __f1: ::core::option::Option<ThreadField> = ::core::option::Option::None;
        let mut __f2: ::core::option::Option<Thread> = ::core::option::Option::None;
        while let ::core::option::Option::Some(key) = r.key(&mut first)? {
            if tag == ::core::option::Option::Some(key) {
                return ::core::option::Option::None;
            }
            match key {
                "eventType" => r.field(&mut __f0)?,
                "previousThreadField" => r.field(&mut __f1)?,
                "thread" => r.field(&mut __f2)?,
                _ => r.skip()?,
            }
        }
        ::core::option::Option::Some(Self {
            event_type: __f0?,
            previous_thread_field: __f1?,
            thread: __f2?,
        })
    }
}
impl<'__r> ::plain_webhooks::__private::fast::Fast<'__r>
for ThreadFieldDeletedPublicEventPayloadEventType {
    fn fast(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
    ) -> ::core::option::Option<Self> {
        match &*r.str()? {
            "thread.thread_field_deleted" => {
                ::core::option::Option::Some(Self::ThreadThreadFieldDeleted)
            }
            _ => ::core::option::Option::None,
        }
    }
}
impl<'__r> ::plain_webhooks::__private::fast::Fast<'__r> for ThreadFieldType {
    fn fast(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
    ) -> ::core::option::Option<Self> {
        match &*r.str()? {
            "STRING" => ::core::option::Option::Some(Self::String),
            "BOOL" => ::core::option::Option::Some(Self::Bool),
            "ENUM" => ::core::option::Option::Some(Self::Enum),
            "NUMBER" => ::core::option::Option::Some(Self::Number),
            "CURRENCY" => ::core::option::Option::Some(Self::Currency),
            "DATE" => ::core::option::Option::Some(Self::Date),
            "UNKNOWN_THREAD_FIELD_SCHEMA_TYPE" => {
                ::core::option::Option::Some(Self::UnknownThreadFieldSchemaType)
            }
            _ => ::core::option::Option::None,
        }
    }
}
impl<'__r> ::plain_webhooks::__private::fast::Fast<'__r>
for ThreadFieldUpdatedPublicEventPayload {
    fn fast(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
    ) -> ::core::option::Option<Self> {
        r.object()?;
        Self::__fields(r, true, ::core::option::Option::None)
    }
    fn fast_rest(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
        tag: &str,
    ) -> ::core::option::Option<Self> {
        Self::__fields(r, false, ::core::option::Option::Some(tag))
    }
}
impl ThreadFieldUpdatedPublicEventPayload {
    #[inline]
    fn __fields<'__r>(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
        mut first: bool,
        tag: ::core::option::Option<&str>,
    ) -> ::core::option::Option<Self> {
        let mut __f0: ::core::option::Option<
            ThreadFieldUpdatedPublicEventPayloadEventType,
        > = ::core::option::Option::None;
        let mut __f1: ::core::option::Option<ThreadField> = ::core::option::Option::None;
        let mut __f2: ::core::option::Option<Thread> = ::core::option::Option::None;
        let mut __f3: ::core::option::Option<ThreadField> = ::core::option::Option::None;
        while let ::core::option::Option::Some(key) = r.key(&mut first)? {
            if tag == ::core::option::Option::Some(key) {
                return ::core::option::Option::None;
            }
            match key {
                "eventType" => r.field(&mut __f0)?,
                "previousThreadField" => r.field(&mut __f1)?,
                "thread" => r.field(&mut __f2)?,
                "threadField" => r.field(&mut __f3)?,
                _ => r.skip()?,
            }
        }
        ::core::option::Option::Some(Self {
            event_type: __f0?,
            previous_thread_field: __f1?,
            thread: __f2?,
            thread_field: __f3?,
        })
    }
}
impl<'__r> ::plain_webhooks::__private::fast::Fast<'__r>
for ThreadFieldUpdatedPublicEventPayloadEventType {
    fn fast(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
    ) -> ::core::option::Option<Self> {
        match &*r.str()? {
            "thread.thread_field_updated" => {
                ::core::option::Option::Some(Self::ThreadThreadFieldUpdated)
            }
            _ => ::core::option::Option::None,
        }
    }
}
impl<'__r> ::plain_webhooks::__private::fast::Fast<'__r>
for ThreadLabelsChangedPublicEventPayload {
    fn fast(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
    ) -> ::core::option::Option<Self> {
        r.object()?;
        Self::__fields(r, true, ::core::option::Option::None)
    }
    fn fast_rest(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
        tag: &str,
    ) -> ::core::option::Option<Self> {
        Self::__fields(r, false, ::core::option::Option::Some(tag))
    }
}
impl ThreadLabelsChangedPublicEventPayload {
    #[inline]
    fn __fields<'__r>(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
        mut first: bool,
        tag: ::core::option::Option<&str>,
    ) -> ::core::option::Option<Self> {
        let mut __f0: ::core::option::Option<
            ThreadLabelsChangedPublicEventPayloadChangeType,
        > = ::core::option::Option::None;
        let mut __f1: ::core::option::Option<
            ThreadLabelsChangedPublicEventPayloadEventType,
        > = ::core::option::Option::None;
        let mut __f2: ::core::option::Option<Thread> = ::core::option::Option::None;
        let mut __f3: ::core::option::Option<Thread> = ::core::option::Option::None;
        while let ::core::option::Option::Some(key) = r.key(&mut first)? {
            if tag == ::core::option::Option::Some(key) {
                return ::core::option::Option::None;
            }
            match key {
                "changeType" => r.field(&mut __f0)?,
                "eventType" => r.field(&mut __f1)?,
                "previousThread" => r.field(&mut __f2)?,
                "thread" => r.field(&mut __f3)?,
                _ => r.skip()?,
            }
        }
        ::core::option::Option::Some(Self {
            change_type: __f0?,
            event_type: __f1?,
            previous_thread: __f2?,
            thread: __f3?,
        })
    }
}
impl<'__r> ::plain_webhooks::__private::fast::Fast<'__r>
for ThreadLabelsChangedPublicEventPayloadChangeType {
    fn fast(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
    ) -> ::core::option::Option<Self> {
        match &*r.str()? {
            "ADDED" => ::core::option::Option::Some(Self::Added),
            "REMOVED" => ::core::option::Option::Some(Self::Removed),
            _ => ::core::option::Option::None,
        }
    }
}
impl<'__r> ::plain_webhooks::__private::fast::Fast<'__r>
for ThreadLabelsChangedPublicEventPayloadEventType {
    fn fast(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
    ) -> ::core::option::Option<Self> {
        match &*r.str()? {
            "thread.thread_labels_changed" => {
                ::core::option::Option::Some(Self::ThreadThreadLabelsChanged)
            }
            _ => ::core::option::Option::None,
        }
    }
}
impl<'__r> ::plain_webhooks::__private::fast::Fast<'__r> for ThreadMessageInfo {
    fn fast(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
    ) -> ::core::option::Option<Self> {
        r.object()?;
        Self::__fields(r, true, ::core::option::Option::None)
    }
    fn fast_rest(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
        tag: &str,
    ) -> ::core::option::Option<Self> {
        Self::__fields(r, false, ::core::option::Option::Some(tag))
    }
}
impl ThreadMessageInfo {
    #[inline]
    fn __fields<'__r>(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
        mut first: bool,
        tag: ::core::option::Option<&str>,
    ) -> ::core::option::Option<Self> {
        let mut __f0: ::core::option::Option<
            ::std::option::Option<::std::string::String>,
        > = ::core::option::Option::None;
        let mut __f1: ::core::option::Option<
            ::std::option::Option<ThreadMessageInfoActorTypeVariant0>,
        > = ::core::option::Option::None;
        let mut __f2: ::core::option::Option<ThreadMessageInfoMessageSource> = ::core::option::Option::None;
        let mut __f3: ::core::option::Option<Datetime> = ::core::option::Option::None;
        while let ::core::option::Option::Some(key) = r.key(&mut first)? {
            if tag == ::core::option::Option::Some(key) {
                return ::core::option::Option::None;
            }
            match key {
                "actorId" => r.field(&mut __f0)?,
                "actorType" => r.field(&mut __f1)?,
                "messageSource" => r.field(&mut __f2)?,
                "timestamp" => r.field(&mut __f3)?,
                _ => r.skip()?,
            }
        }
        ::core::option::Option::Some(Self {
            actor_id: __f0.unwrap_or(::core::option::Option::None),
            actor_type: __f1.unwrap_or(::core::option::Option::None),
            message_source: __f2?,
            timestamp: __f3?,
        })
    }
}
impl<'__r> ::plain_webhooks::__private::fast::Fast<'__r>
for ThreadMessageInfoActorTypeVariant0 {
    fn fast(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
    ) -> ::core::option::Option<Self> {
        match &*r.str()? {
            "user" => ::core::option::Option::Some(Self::User),
            "machineUser" => ::core::option::Option::Some(Self::MachineUser),
            "customer" => ::core::option::Option::Some(Self::Customer),
            "system" => ::core::option::Option::Some(Self::System),
            _ => ::core::option::Option::None,
        }
    }
}
impl<'__r> ::plain_webhooks::__private::fast::Fast<'__r>
for ThreadMessageInfoMessageSource {
    fn fast(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
    ) -> ::core::option::Option<Self> {
        match &*r.str()? {
            "CHAT" => ::core::option::Option::Some(Self::Chat),
            "EMAIL" => ::core::option::Option::Some(Self::Email),
            "API" => ::core::option::Option::Some(Self::Api),
            "SLACK" => ::core::option::Option::Some(Self::Slack),
            "MS_TEAMS" => ::core::option::Option::Some(Self::MsTeams),
            "UNKNOWN_THREAD_MESSAGE_INFO_MESSAGE_SOURCE" => {
                ::core::option::Option::Some(Self::UnknownThreadMessageInfoMessageSource)
            }
            _ => ::core::option::Option::None,
        }
    }
}
impl<'__r> ::plain_webhooks::__private::fast::Fast<'__r>
for ThreadMsTeamsMessageReceivedEventPayload {
    fn fast(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
    ) -> ::core::option::Option<Self> {
        r.object()?;
        Self::__fields(r, true, ::core::option::Option::None)
    }
    fn fast_rest(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
        tag: &str,
    ) -> ::core::option::Option<Self> {
        Self::__fields(r, false, ::core::option::Option::Some(tag))
    }
}
impl ThreadMsTeamsMessageReceivedEventPayload {
    #[inline]
    fn __fields<'__r>(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
        mut first: bool,
        tag: ::core::option::Option<&str>,
    ) -> ::core::option::Option<Self> {
        let mut __f0: ::core::option::Option<
            ThreadMsTeamsMessageReceivedEventPayloadEventType,
        > = ::core::option::Option::None;
        let mut __f1: ::core::option::Option<MsTeamsMessage> = ::core::option::Option::None;
        let mut __f2: ::core::option::Option<Thread> = ::core::option::Option::None;
        while let ::core::option::Option::Some(key) = r.key(&mut first)? {
            if tag == ::core::option::Option::Some(key) {
                return ::core::option::Option::None;
            }
            match key {
                "eventType" => r.field(&mut __f0)?,
                "msTeamsMessage" => r.field(&mut __f1)?,
                "thread" => r.field(&mut __f2)?,
                _ => r.skip()?,
            }
        }
        ::core::option::Option::Some(Self {
            event_type: __f0?,
            ms_teams_message: __f1?,
            thread: __f2?,
        })
    }
}
impl<'__r> ::plain_webhooks::__private::fast::Fast<'__r>
for ThreadMsTeamsMessageReceivedEventPayloadEventType {
    fn fast(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
    ) -> ::core::option::Option<Self> {
        match &*r.str()? {
            "thread.ms_teams_message_received" => {
                ::core::option::Option::Some(Self::ThreadMsTeamsMessageReceived)
            }
            _ => ::core::option::Option::None,
        }
    }
}
impl<'__r> ::plain_webhooks::__private::fast::Fast<'__r>
for ThreadMsTeamsMessageSentEventPayload {
    fn fast(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
    ) -> ::core::option::Option<Self> {
        r.object()?;
        Self::__fields(r, true, ::core::option::Option::None)
    }
    fn fast_rest(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
        tag: &str,
    ) -> ::core::option::Option<Self> {
        Self::__fields(r, false, ::core::option::Option::Some(tag))
    }
}
impl ThreadMsTeamsMessageSentEventPayload {
    #[inline]
    fn __fields<'__r>(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
        mut first: bool,
        tag: ::core::option::Option<&str>,
    ) -> ::core::option::Option<Self> {
        let mut __f0: ::core::option::Option<
            ThreadMsTeamsMessageSentEventPayloadEventType,
        > = ::core::option::Option::None;
        let mut __f1: ::core::option::Option<MsTeamsMessage> = ::core::option::Option::None;
        let mut __f2: ::core::option::Option<Thread> = ::core::option::Option::None;
        while let ::core::option::Option::Some(key) = r.key(&mut first)? {
            if tag == ::core::option::Option::Some(key) {
                return ::core::option::Option::None;
            }
            match key {
                "eventType" => r.field(&mut __f0)?,
                "msTeamsMessage" => r.field(&mut __f1)?,
                "thread" => r.field(&mut __f2)?,
                _ => r.skip()?,
            }
        }
        ::core::option::Option::Some(Self {
            event_type: __f0?,
            ms_teams_message: __f1?,
            thread: __f2?,
        })
    }
}
impl<'__r> ::plain_webhooks::__private::fast::Fast<'__r>
for ThreadMsTeamsMessageSentEventPayloadEventType {
    fn fast(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
    ) -> ::core::option::Option<Self> {
        match &*r.str()? {
            "thread.ms_teams_message_sent" => {
                ::core::option::Option::Some(Self::ThreadMsTeamsMessageSent)
            }
            _ => ::core::option::Option::None,
        }
    }
}
impl<'__r> ::plain_webhooks::__private::fast::Fast<'__r>
for ThreadNoteCreatedEventPayload {
    fn fast(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
    ) -> ::core::option::Option<Self> {
        r.object()?;
        Self::__fields(r, true, ::core::option::Option::None)
    }
    fn fast_rest(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
        tag: &str,
    ) -> ::core::option::Option<Self> {
        Self::__fields(r, false, ::core::option::Option::Some(tag))
    }
}
impl ThreadNoteCreatedEventPayload {
    #[inline]
    fn __fields<'__r>(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
        mut first: bool,
        tag: ::core::option::Option<&str>,
    ) -> ::core::option::Option<Self> {
        let mut __f0: ::core::option::Option<ThreadNoteCreatedEventPayloadEventType> = ::core::option::Option::None;
        let mut __f1: ::core::option::Option<ThreadNoteCreatedEventPayloadNote> = ::core::option::Option::None;
        let mut __f2: ::core::option::Option<Thread> = ::core::option::Option::None;
        while let ::core::option::Option::Some(key) = r.key(&mut first)? {
            if tag == ::core::option::Option::Some(key) {
                return ::core::option::Option::None;
            }
            match key {
                "eventType" => r.field(&mut __f0)?,
                "note" => r.field(&mut __f1)?,
                "thread" => r.field(&mut __f2)?,
                _ => r.skip()?,
            }
        }
        ::core::option::Option::Some(Self {
            event_type: __f0?,
            note: __f1?,
            thread: __f2?,
        })
    }
}
impl<'__r> ::plain_webhooks::__private::fast::Fast<'__r>
for ThreadNoteCreatedEventPayloadEventType {
    fn fast(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
    ) -> ::core::option::Option<Self> {
        match &*r.str()? {
            "thread.note_created" => {
                ::core::option::Option::Some(Self::ThreadNoteCreated)
            }
            _ => ::core::option::Option::None,
        }
    }
}
impl<'__r> ::plain_webhooks::__private::fast::Fast<'__r>
for ThreadNoteCreatedEventPayloadNote {
    fn fast(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
    ) -> ::core::option::Option<Self> {
        r.object()?;
        Self::__fields(r, true, ::core::option::Option::None)
    }
    fn fast_rest(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
        tag: &str,
    ) -> ::core::option::Option<Self> {
        Self::__fields(r, false, ::core::option::Option::Some(tag))
    }
}
impl ThreadNoteCreatedEventPayloadNote {
    #[inline]
    fn __fields<'__r>(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
        mut first: bool,
        tag: ::core::option::Option<&str>,
    ) -> ::core::option::Option<Self> {
        let mut __f0: ::core::option::Option<Datetime> = ::core::option::Option::None;
        let mut __f1: ::core::option::Option<InternalActor> = ::core::option::Option::None;
        let mut __f2: ::core::option::Option<NullableDatetime> = ::core::option::Option::None;
        let mut __f3: ::core::option::Option<NullableInternalActor> = ::core::option::Option::None;
        let mut __f4: ::core::option::Option<Id> = ::core::option::Option::None;
        let mut __f5: ::core::option::Option<
            ::std::option::Option<ThreadNoteCreatedEventPayloadNoteMarkdown>,
        > = ::core::option::Option::None;
        let mut __f6: ::core::option::Option<ThreadNoteCreatedEventPayloadNoteText> = ::core::option::Option::None;
        let mut __f7: ::core::option::Option<Id> = ::core::option::Option::None;
        let mut __f8: ::core::option::Option<Datetime> = ::core::option::Option::None;
        let mut __f9: ::core::option::Option<InternalActor> = ::core::option::Option::None;
        while let ::core::option::Option::Some(key) = r.key(&mut first)? {
            if tag == ::core::option::Option::Some(key) {
                return ::core::option::Option::None;
            }
            match key {
                "createdAt" => r.field(&mut __f0)?,
                "createdBy" => r.field(&mut __f1)?,
                "deletedAt" => r.field(&mut __f2)?,
                "deletedBy" => r.field(&mut __f3)?,
                "id" => r.field(&mut __f4)?,
                "markdown" => r.field(&mut __f5)?,
                "text" => r.field(&mut __f6)?,
                "timelineEntryId" => r.field(&mut __f7)?,
                "updatedAt" => r.field(&mut __f8)?,
                "updatedBy" => r.field(&mut __f9)?,
                _ => r.skip()?,
            }
        }
        ::core::option::Option::Some(Self {
            created_at: __f0?,
            created_by: __f1?,
            deleted_at: __f2?,
            deleted_by: __f3?,
            id: __f4?,
            markdown: __f5?,
            text: __f6?,
            timeline_entry_id: __f7?,
            updated_at: __f8?,
            updated_by: __f9?,
        })
    }
}
impl<'__r> ::plain_webhooks::__private::fast::Fast<'__r>
for ThreadNoteCreatedEventPayloadNoteMarkdown {
    fn fast(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
    ) -> ::core::option::Option<Self> {
        r.parsed()
    }
}
impl<'__r> ::plain_webhooks::__private::fast::Fast<'__r>
for ThreadNoteCreatedEventPayloadNoteText {
    fn fast(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
    ) -> ::core::option::Option<Self> {
        r.parsed()
    }
}
impl<'__r> ::plain_webhooks::__private::fast::Fast<'__r> for ThreadPreviewText {
    fn fast(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
    ) -> ::core::option::Option<Self> {
        r.parsed()
    }
}
impl<'__r> ::plain_webhooks::__private::fast::Fast<'__r> for ThreadPriority {
    fn fast(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
    ) -> ::core::option::Option<Self> {
        ::core::option::Option::Some(
            Self(::plain_webhooks::__private::fast::Fast::fast(r)?),
        )
    }
}
impl<'__r> ::plain_webhooks::__private::fast::Fast<'__r>
for ThreadPriorityChangedPublicEventPayload {
    fn fast(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
    ) -> ::core::option::Option<Self> {
        r.object()?;
        Self::__fields(r, true, ::core::option::Option::None)
    }
    fn fast_rest(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
        tag: &str,
    ) -> ::core::option::Option<Self> {
        Self::__fields(r, false, ::core::option::Option::Some(tag))
    }
}
impl ThreadPriorityChangedPublicEventPayload {
    #[inline]
    fn __fields<'__r>(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
        mut first: bool,
        tag: ::core::option::Option<&str>,
    ) -> ::core::option::Option<Self> {
        let mut __f0: ::core::option::Option<
            ThreadPriorityChangedPublicEventPayloadEventType,
        > = ::core::option::Option::None;
        let mut __f1: ::core::option::Option<Thread> = ::core::option::Option::None;
        let mut __f2: ::core::option::Option<Thread> = ::core::option::Option::None;
        while let ::core::option::Option::Some(key) = r.key(&mut first)? {
            if tag == ::core::option::Option::Some(key) {
                return ::core::option::Option::None;
            }
            match key {
                "eventType" => r.field(&mut __f0)?,
                "previousThread" => r.field(&mut __f1)?,
                "thread" => r.field(&mut __f2)?,
                _ => r.skip()?,
            }
        }
        ::core::option::Option::Some(Self {
            event_type: __f0?,
            previous_thread: __f1?,
            thread: __f2?,
        })
    }
}
impl<'__r> ::plain_webhooks::__private::fast::Fast<'__r>
for ThreadPriorityChangedPublicEventPayloadEventType {
    fn fast(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
    ) -> ::core::option::Option<Self> {
        match &*r.str()? {
            "thread.thread_priority_changed" => {
                ::core::option::Option::Some(Self::ThreadThreadPriorityChanged)
            }
            _ => ::core::option::Option::None,
        }
    }
}
impl<'__r> ::plain_webhooks::__private::fast::Fast<'__r> for ThreadPriorityFilter {
    fn fast(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
    ) -> ::core::option::Option<Self> {
        ::core::option::Option::Some(
            Self(::plain_webhooks::__private::fast::Fast::fast(r)?),
        )
    }
}
impl<'__r> ::plain_webhooks::__private::fast::Fast<'__r>
for ThreadServiceLevelAgreementStatusTransitionedPayload {
    fn fast(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
    ) -> ::core::option::Option<Self> {
        r.object()?;
        Self::__fields(r, true, ::core::option::Option::None)
    }
    fn fast_rest(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
        tag: &str,
    ) -> ::core::option::Option<Self> {
        Self::__fields(r, false, ::core::option::Option::Some(tag))
    }
}
impl ThreadServiceLevelAgreementStatusTransitionedPayload {
    #[inline]
    fn __fields<'__r>(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
        mut first: bool,
        tag: ::core::option::Option<&str>,
    ) -> ::core::option::Option<Self> {
        let mut __f0: ::core::option::Option<
            ThreadServiceLevelAgreementStatusTransitionedPayloadEventType,
        > = ::core::option::Option::None;
        let mut __f1: ::core::option::Option<ServiceLevelAgreementStatusDetail> = ::core::option::Option::None;
        let mut __f2: ::core::option::Option<ServiceLevelAgreement> = ::core::option::Option::None;
        let mut __f3: ::core::option::Option<ServiceLevelAgreementStatusDetail> = ::core::option::Option::None;
        let mut __f4: ::core::option::Option<Thread> = ::core::option::Option::None;
        while let ::core::option::Option::Some(key) = r.key(&mut first)? {
            if tag == ::core::option::Option::Some(key) {
                return ::core::option::Option::None;
            }
            match key {
                "eventType" => r.field(&mut __f0)?,
                "previousServiceLevelAgreementStatusDetail" => r.field(&mut __f1)?,
                "serviceLevelAgreement" => r.field(&mut __f2)?,
                "serviceLevelAgreementStatusDetail" => r.field(&mut __f3)?,
                "thread" => r.field(&mut __f4)?,
                _ => r.skip()?,
            }
        }
        ::core::option::Option::Some(Self {
            event_type: __f0?,
            previous_service_level_agreement_status_detail: __f1?,
            service_level_agreement: __f2?,
            service_level_agreement_status_detail: __f3?,
            thread: __f4?,
        })
    }
}
impl<'__r> ::plain_webhooks::__private::fast::Fast<'__r>
for ThreadServiceLevelAgreementStatusTransitionedPayloadEventType {
    fn fast(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
    ) -> ::core::option::Option<Self> {
        match &*r.str()? {
            "thread.service_level_agreement_status_transitioned" => {
                ::core::option::Option::Some(
                    Self::ThreadServiceLevelAgreementStatusTransitioned,
                )
            }
            _ => ::core::option::Option::None,
        }
    }
}
impl<'__r> ::plain_webhooks::__private::fast::Fast<'__r>
for ThreadSlackMessageReceivedEventPayload {
    fn fast(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
    ) -> ::core::option::Option<Self> {
        r.object()?;
        Self::__fields(r, true, ::core::option::Option::None)
    }
    fn fast_rest(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
        tag: &str,
    ) -> ::core::option::Option<Self> {
        Self::__fields(r, false, ::core::option::Option::Some(tag))
    }
}
impl ThreadSlackMessageReceivedEventPayload {
    #[inline]
    fn __fields<'__r>(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
        mut first: bool,
        tag: ::core::option::Option<&str>,
    ) -> ::core::option::Option<Self> {
        let mut __f0: ::core::option::Option<
            ThreadSlackMessageReceivedEventPayloadEventType,
        > = ::core::option::Option::None;
        let mut __f1: ::core::option::Option<SlackMessage> = ::core::option::Option::None;
        let mut __f2: ::core::option::Option<Thread> = ::core::option::Option::None;
        while let ::core::option::Option::Some(key) = r.key(&mut first)? {
            if tag == ::core::option::Option::Some(key) {
                return ::core::option::Option::None;
            }
            match key {
                "eventType" => r.field(&mut __f0)?,
                "slackMessage" => r.field(&mut __f1)?,
                "thread" => r.field(&mut __f2)?,
                _ => r.skip()?,
            }
        }
        ::core::option::Option::Some(Self {
            event_type: __f0?,
            slack_message: __f1?,
            thread: __f2?,
        })
    }
}
impl<'__r> ::plain_webhooks::__private::fast::Fast<'__r>
for ThreadSlackMessageReceivedEventPayloadEventType {
    fn fast(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
    ) -> ::core::option::Option<Self> {
        match &*r.str()? {
            "thread.slack_message_received" => {
                ::core::option::Option::Some(Self::ThreadSlackMessageReceived)
            }
            _ => ::core::option::Option::None,
        }
    }
}
impl<'__r> ::plain_webhooks::__private::fast::Fast<'__r>
for ThreadSlackMessageSentEventPayload {
    fn fast(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
    ) -> ::core::option::Option<Self> {
        r.object()?;
        Self::__fields(r, true, ::core::option::Option::None)
    }
    fn fast_rest(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
        tag: &str,
    ) -> ::core::option::Option<Self> {
        Self::__fields(r, false, ::core::option::Option::Some(tag))
    }
}
impl ThreadSlackMessageSentEventPayload {
    #[inline]
    fn __fields<'__r>(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
        mut first: bool,
        tag: ::core::option::Option<&str>,
    ) -> ::core::option::Option<Self> {
        let mut __f0: ::core::option::Option<
            ThreadSlackMessageSentEventPayloadEventType,
        > = ::core::option::Option::None;
        let mut __f1: ::core::option::Option<SlackMessage> = ::core::option::Option::None;
        let mut __f2: ::core::option::Option<Thread> = ::core::option::Option::None;
        while let ::core::option::Option::Some(key) = r.key(&mut first)? {
            if tag == ::core::option::Option::Some(key) {
                return ::core::option::Option::None;
            }
            match key {
                "eventType" => r.field(&mut __f0)?,
                "slackMessage" => r.field(&mut __f1)?,
                "thread" => r.field(&mut __f2)?,
                _ => r.skip()?,
            }
        }
        ::core::option::Option::Some(Self {
            event_type: __f0?,
            slack_message: __f1?,
            thread: __f2?,
        })
    }
}
impl<'__r> ::plain_webhooks::__private::fast::Fast<'__r>
for ThreadSlackMessageSentEventPayloadEventType {
    fn fast(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
    ) -> ::core::option::Option<Self> {
        match &*r.str()? {
            "thread.slack_message_sent" => {
                ::core::option::Option::Some(Self::ThreadSlackMessageSent)
            }
            _ => ::core::option::Option::None,
        }
    }
}
impl<'__r> ::plain_webhooks::__private::fast::Fast<'__r>
for ThreadSlackMessageUpdatedEventPayload {
    fn fast(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
    ) -> ::core::option::Option<Self> {
        r.object()?;
        Self::__fields(r, true, ::core::option::Option::None)
    }
    fn fast_rest(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
        tag: &str,
    ) -> ::core::option::Option<Self> {
        Self::__fields(r, false, ::core::option::Option::Some(tag))
    }
}
impl ThreadSlackMessageUpdatedEventPayload {
    #[inline]
    fn __fields<'__r>(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
        mut first: bool,
        tag: ::core::option::Option<&str>,
    ) -> ::core::option::Option<Self> {
        let mut __f0: ::core::option::Option<
            ThreadSlackMessageUpdatedEventPayloadChangeType,
        > = ::core::option::Option::None;
        let mut __f1: ::core::option::Option<
            ThreadSlackMessageUpdatedEventPayloadEventType,
        > = ::core::option::Option::None;
        let mut __f2: ::core::option::Option<
            ::std::option::Option<SlackReactionChange>,
        > = ::core::option::Option::None;
        let mut __f3: ::core::option::Option<SlackMessage> = ::core::option::Option::None;
        let mut __f4: ::core::option::Option<Thread> = ::core::option::Option::None;
        while let ::core::option::Option::Some(key) = r.key(&mut first)? {
            if tag == ::core::option::Option::Some(key) {
                return ::core::option::Option::None;
            }
            match key {
                "changeType" => r.field(&mut __f0)?,
                "eventType" => r.field(&mut __f1)?,
                "reactionChange" => r.field(&mut __f2)?,
                "slackMessage" => r.field(&mut __f3)?,
                "thread" => r.field(&mut __f4)?,
                _ => r.skip()?,
            }
        }
        ::core::option::Option::Some(Self {
            change_type: __f0
                .unwrap_or_else(
                    defaults::thread_slack_message_updated_event_payload_change_type,
                ),
            event_type: __f1?,
            reaction_change: __f2.unwrap_or(::core::option::Option::None),
            slack_message: __f3?,
            thread: __f4?,
        })
    }
}
impl<'__r> ::plain_webhooks::__private::fast::Fast<'__r>
for ThreadSlackMessageUpdatedEventPayloadChangeType {
    fn fast(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
    ) -> ::core::option::Option<Self> {
        match &*r.str()? {
            "MESSAGE_EDITED" => ::core::option::Option::Some(Self::MessageEdited),
            "MESSAGE_DELETED" => ::core::option::Option::Some(Self::MessageDeleted),
            "REACTIONS_CHANGED" => ::core::option::Option::Some(Self::ReactionsChanged),
            "UNKNOWN_SLACK_MESSAGE_CHANGE_TYPE" => {
                ::core::option::Option::Some(Self::UnknownSlackMessageChangeType)
            }
            _ => ::core::option::Option::None,
        }
    }
}
impl<'__r> ::plain_webhooks::__private::fast::Fast<'__r>
for ThreadSlackMessageUpdatedEventPayloadEventType {
    fn fast(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
    ) -> ::core::option::Option<Self> {
        match &*r.str()? {
            "thread.slack_message_updated" => {
                ::core::option::Option::Some(Self::ThreadSlackMessageUpdated)
            }
            _ => ::core::option::Option::None,
        }
    }
}
impl<'__r> ::plain_webhooks::__private::fast::Fast<'__r> for ThreadStatus {
    fn fast(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
    ) -> ::core::option::Option<Self> {
        match &*r.str()? {
            "TODO" => ::core::option::Option::Some(Self::Todo),
            "DONE" => ::core::option::Option::Some(Self::Done),
            "SNOOZED" => ::core::option::Option::Some(Self::Snoozed),
            "UNKNOWN_THREAD_STATUS" => {
                ::core::option::Option::Some(Self::UnknownThreadStatus)
            }
            _ => ::core::option::Option::None,
        }
    }
}
impl<'__r> ::plain_webhooks::__private::fast::Fast<'__r> for ThreadStatusDetailCreated {
    fn fast(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
    ) -> ::core::option::Option<Self> {
        r.object()?;
        Self::__fields(r, true, ::core::option::Option::None)
    }
    fn fast_rest(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
        tag: &str,
    ) -> ::core::option::Option<Self> {
        Self::__fields(r, false, ::core::option::Option::Some(tag))
    }
}
impl ThreadStatusDetailCreated {
    #[inline]
    fn __fields<'__r>(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
        mut first: bool,
        tag: ::core::option::Option<&str>,
    ) -> ::core::option::Option<Self> {
        let mut __f0: ::core::option::Option<Datetime> = ::core::option::Option::None;
        while let ::core::option::Option::Some(key) = r.key(&mut first)? {
            if tag == ::core::option::Option::Some(key) {
                return ::core::option::Option::None;
            }
            match key {
                "createdAt" => r.field(&mut __f0)?,
                _ => r.skip()?,
            }
        }
        ::core::option::Option::Some(Self { created_at: __f0? })
    }
}
impl<'__r> ::plain_webhooks::__private::fast::Fast<'__r>
for ThreadStatusDetailDoneAutomaticallySet {
    fn fast(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
    ) -> ::core::option::Option<Self> {
        r.object()?;
        Self::__fields(r, true, ::core::option::Option::None)
    }
    fn fast_rest(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
        tag: &str,
    ) -> ::core::option::Option<Self> {
        Self::__fields(r, false, ::core::option::Option::Some(tag))
    }
}
impl ThreadStatusDetailDoneAutomaticallySet {
    #[inline]
    fn __fields<'__r>(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
        mut first: bool,
        tag: ::core::option::Option<&str>,
    ) -> ::core::option::Option<Self> {
        let mut __f0: ::core::option::Option<::std::option::Option<f64>> = ::core::option::Option::None;
        while let ::core::option::Option::Some(key) = r.key(&mut first)? {
            if tag == ::core::option::Option::Some(key) {
                return ::core::option::Option::None;
            }
            match key {
                "afterSeconds" => r.field(&mut __f0)?,
                _ => r.skip()?,
            }
        }
        ::core::option::Option::Some(Self {
            after_seconds: __f0.unwrap_or(::core::option::Option::None),
        })
    }
}
impl<'__r> ::plain_webhooks::__private::fast::Fast<'__r>
for ThreadStatusDetailThreadDiscussionResolved {
    fn fast(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
    ) -> ::core::option::Option<Self> {
        r.object()?;
        Self::__fields(r, true, ::core::option::Option::None)
    }
    fn fast_rest(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
        tag: &str,
    ) -> ::core::option::Option<Self> {
        Self::__fields(r, false, ::core::option::Option::Some(tag))
    }
}
impl ThreadStatusDetailThreadDiscussionResolved {
    #[inline]
    fn __fields<'__r>(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
        mut first: bool,
        tag: ::core::option::Option<&str>,
    ) -> ::core::option::Option<Self> {
        let mut __f0: ::core::option::Option<::std::option::Option<Id>> = ::core::option::Option::None;
        while let ::core::option::Option::Some(key) = r.key(&mut first)? {
            if tag == ::core::option::Option::Some(key) {
                return ::core::option::Option::None;
            }
            match key {
                "threadDiscussionId" => r.field(&mut __f0)?,
                _ => r.skip()?,
            }
        }
        ::core::option::Option::Some(Self {
            thread_discussion_id: __f0.unwrap_or(::core::option::Option::None),
        })
    }
}
impl<'__r> ::plain_webhooks::__private::fast::Fast<'__r>
for ThreadStatusDetailThreadLinkUpdated {
    fn fast(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
    ) -> ::core::option::Option<Self> {
        r.object()?;
        Self::__fields(r, true, ::core::option::Option::None)
    }
    fn fast_rest(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
        tag: &str,
    ) -> ::core::option::Option<Self> {
        Self::__fields(r, false, ::core::option::Option::Some(tag))
    }
}
impl ThreadStatusDetailThreadLinkUpdated {
    #[inline]
    fn __fields<'__r>(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
        mut first: bool,
        tag: ::core::option::Option<&str>,
    ) -> ::core::option::Option<Self> {
        let mut __f0: ::core::option::Option<
            ::std::option::Option<ThreadStatusDetailThreadLinkUpdatedLinear>,
        > = ::core::option::Option::None;
        while let ::core::option::Option::Some(key) = r.key(&mut first)? {
            if tag == ::core::option::Option::Some(key) {
                return ::core::option::Option::None;
            }
            match key {
                "linear" => r.field(&mut __f0)?,
                _ => r.skip()?,
            }
        }
        ::core::option::Option::Some(Self {
            linear: __f0.unwrap_or(::core::option::Option::None),
        })
    }
}
impl<'__r> ::plain_webhooks::__private::fast::Fast<'__r>
for ThreadStatusDetailThreadLinkUpdatedLinear {
    fn fast(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
    ) -> ::core::option::Option<Self> {
        r.object()?;
        Self::__fields(r, true, ::core::option::Option::None)
    }
    fn fast_rest(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
        tag: &str,
    ) -> ::core::option::Option<Self> {
        Self::__fields(r, false, ::core::option::Option::Some(tag))
    }
}
impl ThreadStatusDetailThreadLinkUpdatedLinear {
    #[inline]
    fn __fields<'__r>(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
        mut first: bool,
        tag: ::core::option::Option<&str>,
    ) -> ::core::option::Option<Self> {
        let mut __f0: ::core::option::Option<::plain_webhooks::__private::uuid::Uuid> = ::core::option::Option::None;
        while let ::core::option::Option::Some(key) = r.key(&mut first)? {
            if tag == ::core::option::Option::Some(key) {
                return ::core::option::Option::None;
            }
            match key {
                "issueId" => {
                    ::plain_webhooks::__private::fast::put(
                        &mut __f0,
                        r.serde::<::plain_webhooks::__private::uuid::Uuid>(),
                    )?
                }
                _ => r.skip()?,
            }
        }
        ::core::option::Option::Some(Self { issue_id: __f0? })
    }
}
impl<'__r> ::plain_webhooks::__private::fast::Fast<'__r>
for ThreadStatusDetailWaitingForDuration {
    fn fast(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
    ) -> ::core::option::Option<Self> {
        r.object()?;
        Self::__fields(r, true, ::core::option::Option::None)
    }
    fn fast_rest(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
        tag: &str,
    ) -> ::core::option::Option<Self> {
        Self::__fields(r, false, ::core::option::Option::Some(tag))
    }
}
impl ThreadStatusDetailWaitingForDuration {
    #[inline]
    fn __fields<'__r>(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
        mut first: bool,
        tag: ::core::option::Option<&str>,
    ) -> ::core::option::Option<Self> {
        let mut __f0: ::core::option::Option<f64> = ::core::option::Option::None;
        let mut __f1: ::core::option::Option<Datetime> = ::core::option::Option::None;
        while let ::core::option::Option::Some(key) = r.key(&mut first)? {
            if tag == ::core::option::Option::Some(key) {
                return ::core::option::Option::None;
            }
            match key {
                "durationSeconds" => r.field(&mut __f0)?,
                "waitingUntil" => r.field(&mut __f1)?,
                _ => r.skip()?,
            }
        }
        ::core::option::Option::Some(Self {
            duration_seconds: __f0?,
            waiting_until: __f1?,
        })
    }
}
impl<'__r> ::plain_webhooks::__private::fast::Fast<'__r>
for ThreadStatusTransitionedPublicEventPayload {
    fn fast(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
    ) -> ::core::option::Option<Self> {
        r.object()?;
        Self::__fields(r, true, ::core::option::Option::None)
    }
    fn fast_rest(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
        tag: &str,
    ) -> ::core::option::Option<Self> {
        Self::__fields(r, false, ::core::option::Option::Some(tag))
    }
}
impl ThreadStatusTransitionedPublicEventPayload {
    #[inline]
    fn __fields<'__r>(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
        mut first: bool,
        tag: ::core::option::Option<&str>,
    ) -> ::core::option::Option<Self> {
        let mut __f0: ::core::option::Option<
            ThreadStatusTransitionedPublicEventPayloadEventType,
        > = ::core::option::Option::None;
        let mut __f1: ::core::option::Option<Thread> = ::core::option::Option::None;
        let mut __f2: ::core::option::Option<Thread> = ::core::option::Option::None;
        while let ::core::option::Option::Some(key) = r.key(&mut first)? {
            if tag == ::core::option::Option::Some(key) {
                return ::core::option::Option::None;
            }
            match key {
                "eventType" => r.field(&mut __f0)?,
                "previousThread" => r.field(&mut __f1)?,
                "thread" => r.field(&mut __f2)?,
                _ => r.skip()?,
            }
        }
        ::core::option::Option::Some(Self {
            event_type: __f0?,
            previous_thread: __f1?,
            thread: __f2?,
        })
    }
}
impl<'__r> ::plain_webhooks::__private::fast::Fast<'__r>
for ThreadStatusTransitionedPublicEventPayloadEventType {
    fn fast(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
    ) -> ::core::option::Option<Self> {
        match &*r.str()? {
            "thread.thread_status_transitioned" => {
                ::core::option::Option::Some(Self::ThreadThreadStatusTransitioned)
            }
            _ => ::core::option::Option::None,
        }
    }
}
impl<'__r> ::plain_webhooks::__private::fast::Fast<'__r>
for ThreadTenantUpdatedPublicEventPayload {
    fn fast(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
    ) -> ::core::option::Option<Self> {
        r.object()?;
        Self::__fields(r, true, ::core::option::Option::None)
    }
    fn fast_rest(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
        tag: &str,
    ) -> ::core::option::Option<Self> {
        Self::__fields(r, false, ::core::option::Option::Some(tag))
    }
}
impl ThreadTenantUpdatedPublicEventPayload {
    #[inline]
    fn __fields<'__r>(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
        mut first: bool,
        tag: ::core::option::Option<&str>,
    ) -> ::core::option::Option<Self> {
        let mut __f0: ::core::option::Option<
            ThreadTenantUpdatedPublicEventPayloadEventType,
        > = ::core::option::Option::None;
        let mut __f1: ::core::option::Option<
            ::std::option::Option<
                ThreadTenantUpdatedPublicEventPayloadPreviousTenantVariant0,
            >,
        > = ::core::option::Option::None;
        let mut __f2: ::core::option::Option<Thread> = ::core::option::Option::None;
        let mut __f3: ::core::option::Option<
            ::std::option::Option<
                ThreadTenantUpdatedPublicEventPayloadPreviousTenantVariant0,
            >,
        > = ::core::option::Option::None;
        let mut __f4: ::core::option::Option<Thread> = ::core::option::Option::None;
        while let ::core::option::Option::Some(key) = r.key(&mut first)? {
            if tag == ::core::option::Option::Some(key) {
                return ::core::option::Option::None;
            }
            match key {
                "eventType" => r.field(&mut __f0)?,
                "previousTenant" => r.field(&mut __f1)?,
                "previousThread" => r.field(&mut __f2)?,
                "tenant" => r.field(&mut __f3)?,
                "thread" => r.field(&mut __f4)?,
                _ => r.skip()?,
            }
        }
        ::core::option::Option::Some(Self {
            event_type: __f0?,
            previous_tenant: __f1?,
            previous_thread: __f2?,
            tenant: __f3?,
            thread: __f4?,
        })
    }
}
impl<'__r> ::plain_webhooks::__private::fast::Fast<'__r>
for ThreadTenantUpdatedPublicEventPayloadEventType {
    fn fast(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
    ) -> ::core::option::Option<Self> {
        match &*r.str()? {
            "thread.thread_tenant_updated" => {
                ::core::option::Option::Some(Self::ThreadThreadTenantUpdated)
            }
            _ => ::core::option::Option::None,
        }
    }
}
impl<'__r> ::plain_webhooks::__private::fast::Fast<'__r>
for ThreadTenantUpdatedPublicEventPayloadPreviousTenantVariant0 {
    fn fast(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
    ) -> ::core::option::Option<Self> {
        r.object()?;
        Self::__fields(r, true, ::core::option::Option::None)
    }
    fn fast_rest(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
        tag: &str,
    ) -> ::core::option::Option<Self> {
        Self::__fields(r, false, ::core::option::Option::Some(tag))
    }
}
impl ThreadTenantUpdatedPublicEventPayloadPreviousTenantVariant0 {
    #[inline]
    fn __fields<'__r>(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
        mut first: bool,
        tag: ::core::option::Option<&str>,
    ) -> ::core::option::Option<Self> {
        let mut __f0: ::core::option::Option<Datetime> = ::core::option::Option::None;
        let mut __f1: ::core::option::Option<Actor> = ::core::option::Option::None;
        let mut __f2: ::core::option::Option<::std::string::String> = ::core::option::Option::None;
        let mut __f3: ::core::option::Option<Id> = ::core::option::Option::None;
        let mut __f4: ::core::option::Option<::std::string::String> = ::core::option::Option::None;
        let mut __f5: ::core::option::Option<
            ThreadTenantUpdatedPublicEventPayloadPreviousTenantVariant0Source,
        > = ::core::option::Option::None;
        let mut __f6: ::core::option::Option<Datetime> = ::core::option::Option::None;
        let mut __f7: ::core::option::Option<Actor> = ::core::option::Option::None;
        let mut __f8: ::core::option::Option<
            ::std::option::Option<::std::string::String>,
        > = ::core::option::Option::None;
        let mut __f9: ::core::option::Option<Id> = ::core::option::Option::None;
        while let ::core::option::Option::Some(key) = r.key(&mut first)? {
            if tag == ::core::option::Option::Some(key) {
                return ::core::option::Option::None;
            }
            match key {
                "createdAt" => r.field(&mut __f0)?,
                "createdBy" => r.field(&mut __f1)?,
                "externalId" => r.field(&mut __f2)?,
                "id" => r.field(&mut __f3)?,
                "name" => r.field(&mut __f4)?,
                "source" => r.field(&mut __f5)?,
                "updatedAt" => r.field(&mut __f6)?,
                "updatedBy" => r.field(&mut __f7)?,
                "url" => r.field(&mut __f8)?,
                "workspaceId" => r.field(&mut __f9)?,
                _ => r.skip()?,
            }
        }
        ::core::option::Option::Some(Self {
            created_at: __f0?,
            created_by: __f1?,
            external_id: __f2?,
            id: __f3?,
            name: __f4?,
            source: __f5
                .unwrap_or_else(
                    defaults::thread_tenant_updated_public_event_payload_previous_tenant_variant0_source,
                ),
            updated_at: __f6?,
            updated_by: __f7?,
            url: __f8?,
            workspace_id: __f9?,
        })
    }
}
impl<'__r> ::plain_webhooks::__private::fast::Fast<'__r>
for ThreadTenantUpdatedPublicEventPayloadPreviousTenantVariant0Source {
    fn fast(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
    ) -> ::core::option::Option<Self> {
        match &*r.str()? {
            "api" => ::core::option::Option::Some(Self::Api),
            "salesforce" => ::core::option::Option::Some(Self::Salesforce),
            "hubspot" => ::core::option::Option::Some(Self::Hubspot),
            "UNKNOWN_TENANT_SOURCE" => {
                ::core::option::Option::Some(Self::UnknownTenantSource)
            }
            _ => ::core::option::Option::None,
        }
    }
}
impl<'__r> ::plain_webhooks::__private::fast::Fast<'__r> for ThreadTitle {
    fn fast(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
    ) -> ::core::option::Option<Self> {
        r.parsed()
    }
}
impl<'__r> ::plain_webhooks::__private::fast::Fast<'__r> for Tier {
    fn fast(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
    ) -> ::core::option::Option<Self> {
        r.object()?;
        Self::__fields(r, true, ::core::option::Option::None)
    }
    fn fast_rest(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
        tag: &str,
    ) -> ::core::option::Option<Self> {
        Self::__fields(r, false, ::core::option::Option::Some(tag))
    }
}
impl Tier {
    #[inline]
    fn __fields<'__r>(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
        mut first: bool,
        tag: ::core::option::Option<&str>,
    ) -> ::core::option::Option<Self> {
        let mut __f0: ::core::option::Option<TierColor> = ::core::option::Option::None;
        let mut __f1: ::core::option::Option<Datetime> = ::core::option::Option::None;
        let mut __f2: ::core::option::Option<InternalActor> = ::core::option::Option::None;
        let mut __f3: ::core::option::Option<ThreadPriority> = ::core::option::Option::None;
        let mut __f4: ::core::option::Option<::std::option::Option<TierExternalId>> = ::core::option::Option::None;
        let mut __f5: ::core::option::Option<Id> = ::core::option::Option::None;
        let mut __f6: ::core::option::Option<bool> = ::core::option::Option::None;
        let mut __f7: ::core::option::Option<TierName> = ::core::option::Option::None;
        let mut __f8: ::core::option::Option<Datetime> = ::core::option::Option::None;
        let mut __f9: ::core::option::Option<InternalActor> = ::core::option::Option::None;
        while let ::core::option::Option::Some(key) = r.key(&mut first)? {
            if tag == ::core::option::Option::Some(key) {
                return ::core::option::Option::None;
            }
            match key {
                "color" => r.field(&mut __f0)?,
                "createdAt" => r.field(&mut __f1)?,
                "createdBy" => r.field(&mut __f2)?,
                "defaultThreadPriority" => r.field(&mut __f3)?,
                "externalId" => r.field(&mut __f4)?,
                "id" => r.field(&mut __f5)?,
                "isDefault" => r.field(&mut __f6)?,
                "name" => r.field(&mut __f7)?,
                "updatedAt" => r.field(&mut __f8)?,
                "updatedBy" => r.field(&mut __f9)?,
                _ => r.skip()?,
            }
        }
        ::core::option::Option::Some(Self {
            color: __f0?,
            created_at: __f1?,
            created_by: __f2?,
            default_thread_priority: __f3
                .unwrap_or_else(defaults::tier_default_thread_priority),
            external_id: __f4?,
            id: __f5?,
            is_default: __f6?,
            name: __f7?,
            updated_at: __f8?,
            updated_by: __f9?,
        })
    }
}
impl<'__r> ::plain_webhooks::__private::fast::Fast<'__r> for TierColor {
    fn fast(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
    ) -> ::core::option::Option<Self> {
        r.parsed()
    }
}
impl<'__r> ::plain_webhooks::__private::fast::Fast<'__r> for TierExternalId {
    fn fast(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
    ) -> ::core::option::Option<Self> {
        r.parsed()
    }
}
impl<'__r> ::plain_webhooks::__private::fast::Fast<'__r> for TierName {
    fn fast(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
    ) -> ::core::option::Option<Self> {
        r.parsed()
    }
}
impl<'__r> ::plain_webhooks::__private::fast::Fast<'__r> for TimelineEntry {
    fn fast(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
    ) -> ::core::option::Option<Self> {
        r.object()?;
        Self::__fields(r, true, ::core::option::Option::None)
    }
    fn fast_rest(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
        tag: &str,
    ) -> ::core::option::Option<Self> {
        Self::__fields(r, false, ::core::option::Option::Some(tag))
    }
}
impl TimelineEntry {
    #[inline]
    fn __fields<'__r>(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
        mut first: bool,
        tag: ::core::option::Option<&str>,
    ) -> ::core::option::Option<Self> {
        let mut __f0: ::core::option::Option<Actor> = ::core::option::Option::None;
        let mut __f1: ::core::option::Option<Id> = ::core::option::Option::None;
        let mut __f2: ::core::option::Option<TimelineEntryEntry> = ::core::option::Option::None;
        let mut __f3: ::core::option::Option<Id> = ::core::option::Option::None;
        let mut __f4: ::core::option::Option<::std::option::Option<Id>> = ::core::option::Option::None;
        let mut __f5: ::core::option::Option<Datetime> = ::core::option::Option::None;
        while let ::core::option::Option::Some(key) = r.key(&mut first)? {
            if tag == ::core::option::Option::Some(key) {
                return ::core::option::Option::None;
            }
            match key {
                "actor" => r.field(&mut __f0)?,
                "customerId" => r.field(&mut __f1)?,
                "entry" => r.field(&mut __f2)?,
                "id" => r.field(&mut __f3)?,
                "threadId" => r.field(&mut __f4)?,
                "timestamp" => r.field(&mut __f5)?,
                _ => r.skip()?,
            }
        }
        ::core::option::Option::Some(Self {
            actor: __f0?,
            customer_id: __f1?,
            entry: __f2?,
            id: __f3?,
            thread_id: __f4.unwrap_or(::core::option::Option::None),
            timestamp: __f5?,
        })
    }
}
impl<'__r> ::plain_webhooks::__private::fast::Fast<'__r>
for TimelineEntryChangedPayload {
    fn fast(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
    ) -> ::core::option::Option<Self> {
        r.object()?;
        Self::__fields(r, true, ::core::option::Option::None)
    }
    fn fast_rest(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
        tag: &str,
    ) -> ::core::option::Option<Self> {
        Self::__fields(r, false, ::core::option::Option::Some(tag))
    }
}
impl TimelineEntryChangedPayload {
    #[inline]
    fn __fields<'__r>(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
        mut first: bool,
        tag: ::core::option::Option<&str>,
    ) -> ::core::option::Option<Self> {
        let mut __f0: ::core::option::Option<TimelineEntryChangedPayloadChangeType> = ::core::option::Option::None;
        let mut __f1: ::core::option::Option<TimelineEntryChangedPayloadEventType> = ::core::option::Option::None;
        let mut __f2: ::core::option::Option<::std::option::Option<TimelineEntry>> = ::core::option::Option::None;
        let mut __f3: ::core::option::Option<::std::option::Option<TimelineEntry>> = ::core::option::Option::None;
        while let ::core::option::Option::Some(key) = r.key(&mut first)? {
            if tag == ::core::option::Option::Some(key) {
                return ::core::option::Option::None;
            }
            match key {
                "changeType" => r.field(&mut __f0)?,
                "eventType" => r.field(&mut __f1)?,
                "previousTimelineEntry" => r.field(&mut __f2)?,
                "timelineEntry" => r.field(&mut __f3)?,
                _ => r.skip()?,
            }
        }
        ::core::option::Option::Some(Self {
            change_type: __f0?,
            event_type: __f1?,
            previous_timeline_entry: __f2?,
            timeline_entry: __f3?,
        })
    }
}
impl<'__r> ::plain_webhooks::__private::fast::Fast<'__r>
for TimelineEntryChangedPayloadChangeType {
    fn fast(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
    ) -> ::core::option::Option<Self> {
        match &*r.str()? {
            "ADDED" => ::core::option::Option::Some(Self::Added),
            "UPDATED" => ::core::option::Option::Some(Self::Updated),
            "REMOVED" => ::core::option::Option::Some(Self::Removed),
            _ => ::core::option::Option::None,
        }
    }
}
impl<'__r> ::plain_webhooks::__private::fast::Fast<'__r>
for TimelineEntryChangedPayloadEventType {
    fn fast(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
    ) -> ::core::option::Option<Self> {
        match &*r.str()? {
            "timeline.timeline_entry_changed" => {
                ::core::option::Option::Some(Self::TimelineTimelineEntryChanged)
            }
            _ => ::core::option::Option::None,
        }
    }
}
impl<'__r> ::plain_webhooks::__private::fast::Fast<'__r> for User {
    fn fast(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
    ) -> ::core::option::Option<Self> {
        r.object()?;
        Self::__fields(r, true, ::core::option::Option::None)
    }
    fn fast_rest(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
        tag: &str,
    ) -> ::core::option::Option<Self> {
        Self::__fields(r, false, ::core::option::Option::Some(tag))
    }
}
impl User {
    #[inline]
    fn __fields<'__r>(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
        mut first: bool,
        tag: ::core::option::Option<&str>,
    ) -> ::core::option::Option<Self> {
        let mut __f0: ::core::option::Option<Datetime> = ::core::option::Option::None;
        let mut __f1: ::core::option::Option<InternalActor> = ::core::option::Option::None;
        let mut __f2: ::core::option::Option<NullableDatetime> = ::core::option::Option::None;
        let mut __f3: ::core::option::Option<NullableInternalActor> = ::core::option::Option::None;
        let mut __f4: ::core::option::Option<EmailAddress> = ::core::option::Option::None;
        let mut __f5: ::core::option::Option<::std::string::String> = ::core::option::Option::None;
        let mut __f6: ::core::option::Option<Id> = ::core::option::Option::None;
        let mut __f7: ::core::option::Option<::std::string::String> = ::core::option::Option::None;
        let mut __f8: ::core::option::Option<UserStatus> = ::core::option::Option::None;
        let mut __f9: ::core::option::Option<Datetime> = ::core::option::Option::None;
        let mut __f10: ::core::option::Option<Datetime> = ::core::option::Option::None;
        let mut __f11: ::core::option::Option<InternalActor> = ::core::option::Option::None;
        while let ::core::option::Option::Some(key) = r.key(&mut first)? {
            if tag == ::core::option::Option::Some(key) {
                return ::core::option::Option::None;
            }
            match key {
                "createdAt" => r.field(&mut __f0)?,
                "createdBy" => r.field(&mut __f1)?,
                "deletedAt" => r.field(&mut __f2)?,
                "deletedBy" => r.field(&mut __f3)?,
                "email" => r.field(&mut __f4)?,
                "fullName" => r.field(&mut __f5)?,
                "id" => r.field(&mut __f6)?,
                "publicName" => r.field(&mut __f7)?,
                "status" => r.field(&mut __f8)?,
                "statusChangedAt" => r.field(&mut __f9)?,
                "updatedAt" => r.field(&mut __f10)?,
                "updatedBy" => r.field(&mut __f11)?,
                _ => r.skip()?,
            }
        }
        ::core::option::Option::Some(Self {
            created_at: __f0?,
            created_by: __f1?,
            deleted_at: __f2?,
            deleted_by: __f3?,
            email: __f4?,
            full_name: __f5?,
            id: __f6?,
            public_name: __f7?,
            status: __f8?,
            status_changed_at: __f9?,
            updated_at: __f10?,
            updated_by: __f11?,
        })
    }
}
impl<'__r> ::plain_webhooks::__private::fast::Fast<'__r> for UserActor {
    fn fast(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
    ) -> ::core::option::Option<Self> {
        r.object()?;
        Self::__fields(r, true, ::core::option::Option::None)
    }
    fn fast_rest(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
        tag: &str,
    ) -> ::core::option::Option<Self> {
        Self::__fields(r, false, ::core::option::Option::Some(tag))
    }
}
impl UserActor {
    #[inline]
    fn __fields<'__r>(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
        mut first: bool,
        tag: ::core::option::Option<&str>,
    ) -> ::core::option::Option<Self> {
        let mut __f0: ::core::option::Option<Id> = ::core::option::Option::None;
        while let ::core::option::Option::Some(key) = r.key(&mut first)? {
            if tag == ::core::option::Option::Some(key) {
                return ::core::option::Option::None;
            }
            match key {
                "userId" => r.field(&mut __f0)?,
                _ => r.skip()?,
            }
        }
        ::core::option::Option::Some(Self { user_id: __f0? })
    }
}
impl<'__r> ::plain_webhooks::__private::fast::Fast<'__r> for UserStatus {
    fn fast(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
    ) -> ::core::option::Option<Self> {
        match &*r.str()? {
            "ONLINE" => ::core::option::Option::Some(Self::Online),
            "OFFLINE" => ::core::option::Option::Some(Self::Offline),
            "BREAK" => ::core::option::Option::Some(Self::Break),
            "AWAY" => ::core::option::Option::Some(Self::Away),
            "UNKNOWN_USER_STATUS" => {
                ::core::option::Option::Some(Self::UnknownUserStatus)
            }
            _ => ::core::option::Option::None,
        }
    }
}
impl<'__r> ::plain_webhooks::__private::fast::Fast<'__r> for WebhookMetadata {
    fn fast(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
    ) -> ::core::option::Option<Self> {
        r.object()?;
        Self::__fields(r, true, ::core::option::Option::None)
    }
    fn fast_rest(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
        tag: &str,
    ) -> ::core::option::Option<Self> {
        Self::__fields(r, false, ::core::option::Option::Some(tag))
    }
}
impl WebhookMetadata {
    #[inline]
    fn __fields<'__r>(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
        mut first: bool,
        tag: ::core::option::Option<&str>,
    ) -> ::core::option::Option<Self> {
        let mut __f0: ::core::option::Option<Id> = ::core::option::Option::None;
        let mut __f1: ::core::option::Option<::std::num::NonZeroU64> = ::core::option::Option::None;
        let mut __f2: ::core::option::Option<Datetime> = ::core::option::Option::None;
        let mut __f3: ::core::option::Option<Id> = ::core::option::Option::None;
        let mut __f4: ::core::option::Option<
            ::std::option::Option<::std::string::String>,
        > = ::core::option::Option::None;
        while let ::core::option::Option::Some(key) = r.key(&mut first)? {
            if tag == ::core::option::Option::Some(key) {
                return ::core::option::Option::None;
            }
            match key {
                "webhookDeliveryAttemptId" => r.field(&mut __f0)?,
                "webhookDeliveryAttemptNumber" => r.field(&mut __f1)?,
                "webhookDeliveryAttemptTimestamp" => r.field(&mut __f2)?,
                "webhookTargetId" => r.field(&mut __f3)?,
                "webhookTargetVersion" => r.field(&mut __f4)?,
                _ => r.skip()?,
            }
        }
        ::core::option::Option::Some(Self {
            webhook_delivery_attempt_id: __f0?,
            webhook_delivery_attempt_number: __f1?,
            webhook_delivery_attempt_timestamp: __f2?,
            webhook_target_id: __f3?,
            webhook_target_version: __f4.unwrap_or(::core::option::Option::None),
        })
    }
}
impl<'__r> ::plain_webhooks::__private::fast::Fast<'__r> for Actor {
    fn fast(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
    ) -> ::core::option::Option<Self> {
        match &*r.tag("actorType")? {
            "UNKNOWN" => {
                r.rest_ignored("actorType")?;
                ::core::option::Option::Some(Self::Unknown)
            }
            "user" => {
                <UserActor as ::plain_webhooks::__private::fast::Fast<
                    '__r,
                >>::fast_rest(r, "actorType")
                    .map(Self::User)
            }
            "machineUser" => {
                <MachineUserActor as ::plain_webhooks::__private::fast::Fast<
                    '__r,
                >>::fast_rest(r, "actorType")
                    .map(Self::MachineUser)
            }
            "system" => {
                <SystemActor as ::plain_webhooks::__private::fast::Fast<
                    '__r,
                >>::fast_rest(r, "actorType")
                    .map(Self::System)
            }
            "customer" => {
                <CustomerActor as ::plain_webhooks::__private::fast::Fast<
                    '__r,
                >>::fast_rest(r, "actorType")
                    .map(Self::Customer)
            }
            _ => ::core::option::Option::None,
        }
    }
}
/// One of 5 kinds, told apart by `actorType` (`#/definitions/actor`).
#[derive(Clone, Debug, PartialEq, ::plain_webhooks::__private::serde::Serialize)]
#[serde(crate = "::plain_webhooks::__private::serde", tag = "actorType")]
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
impl<'__r> ::plain_webhooks::__private::fast::Fast<'__r> for Component {
    fn fast(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
    ) -> ::core::option::Option<Self> {
        match &*r.tag("type")? {
            "UNKNOWN" => {
                r.rest_ignored("type")?;
                ::core::option::Option::Some(Self::Unknown)
            }
            "text" => {
                <ComponentText as ::plain_webhooks::__private::fast::Fast<
                    '__r,
                >>::fast_rest(r, "type")
                    .map(Self::Text)
            }
            "plainText" => {
                <ComponentPlainText as ::plain_webhooks::__private::fast::Fast<
                    '__r,
                >>::fast_rest(r, "type")
                    .map(Self::PlainText)
            }
            "spacer" => {
                <ComponentSpacer as ::plain_webhooks::__private::fast::Fast<
                    '__r,
                >>::fast_rest(r, "type")
                    .map(Self::Spacer)
            }
            "divider" => {
                <ComponentDivider as ::plain_webhooks::__private::fast::Fast<
                    '__r,
                >>::fast_rest(r, "type")
                    .map(Self::Divider)
            }
            "linkButton" => {
                <ComponentLinkButton as ::plain_webhooks::__private::fast::Fast<
                    '__r,
                >>::fast_rest(r, "type")
                    .map(Self::LinkButton)
            }
            "workflowButton" => {
                <ComponentWorkflowButton as ::plain_webhooks::__private::fast::Fast<
                    '__r,
                >>::fast_rest(r, "type")
                    .map(Self::WorkflowButton)
            }
            "badge" => {
                <ComponentBadge as ::plain_webhooks::__private::fast::Fast<
                    '__r,
                >>::fast_rest(r, "type")
                    .map(Self::Badge)
            }
            "copyButton" => {
                <ComponentCopyButton as ::plain_webhooks::__private::fast::Fast<
                    '__r,
                >>::fast_rest(r, "type")
                    .map(Self::CopyButton)
            }
            "row" => {
                <ComponentRow as ::plain_webhooks::__private::fast::Fast<
                    '__r,
                >>::fast_rest(r, "type")
                    .map(Self::Row)
            }
            "container" => {
                <ComponentContainer as ::plain_webhooks::__private::fast::Fast<
                    '__r,
                >>::fast_rest(r, "type")
                    .map(Self::Container)
            }
            _ => ::core::option::Option::None,
        }
    }
}
/// One of 11 kinds, told apart by `type` (`#/definitions/component`).
#[derive(Clone, Debug, PartialEq, ::plain_webhooks::__private::serde::Serialize)]
#[serde(crate = "::plain_webhooks::__private::serde", tag = "type")]
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
impl<'__r> ::plain_webhooks::__private::fast::Fast<'__r> for ComponentContainerContent {
    fn fast(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
    ) -> ::core::option::Option<Self> {
        match &*r.tag("type")? {
            "UNKNOWN" => {
                r.rest_ignored("type")?;
                ::core::option::Option::Some(Self::Unknown)
            }
            "text" => {
                <ComponentText as ::plain_webhooks::__private::fast::Fast<
                    '__r,
                >>::fast_rest(r, "type")
                    .map(Self::Text)
            }
            "plainText" => {
                <ComponentPlainText as ::plain_webhooks::__private::fast::Fast<
                    '__r,
                >>::fast_rest(r, "type")
                    .map(Self::PlainText)
            }
            "spacer" => {
                <ComponentSpacer as ::plain_webhooks::__private::fast::Fast<
                    '__r,
                >>::fast_rest(r, "type")
                    .map(Self::Spacer)
            }
            "divider" => {
                <ComponentDivider as ::plain_webhooks::__private::fast::Fast<
                    '__r,
                >>::fast_rest(r, "type")
                    .map(Self::Divider)
            }
            "linkButton" => {
                <ComponentLinkButton as ::plain_webhooks::__private::fast::Fast<
                    '__r,
                >>::fast_rest(r, "type")
                    .map(Self::LinkButton)
            }
            "workflowButton" => {
                <ComponentWorkflowButton as ::plain_webhooks::__private::fast::Fast<
                    '__r,
                >>::fast_rest(r, "type")
                    .map(Self::WorkflowButton)
            }
            "badge" => {
                <ComponentBadge as ::plain_webhooks::__private::fast::Fast<
                    '__r,
                >>::fast_rest(r, "type")
                    .map(Self::Badge)
            }
            "copyButton" => {
                <ComponentCopyButton as ::plain_webhooks::__private::fast::Fast<
                    '__r,
                >>::fast_rest(r, "type")
                    .map(Self::CopyButton)
            }
            "row" => {
                <ComponentRow as ::plain_webhooks::__private::fast::Fast<
                    '__r,
                >>::fast_rest(r, "type")
                    .map(Self::Row)
            }
            _ => ::core::option::Option::None,
        }
    }
}
/// One of 10 kinds, told apart by `type` (`#/definitions/componentContainerContent`).
#[derive(Clone, Debug, PartialEq, ::plain_webhooks::__private::serde::Serialize)]
#[serde(crate = "::plain_webhooks::__private::serde", tag = "type")]
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
impl<'__r> ::plain_webhooks::__private::fast::Fast<'__r> for ComponentRowContent {
    fn fast(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
    ) -> ::core::option::Option<Self> {
        match &*r.tag("type")? {
            "UNKNOWN" => {
                r.rest_ignored("type")?;
                ::core::option::Option::Some(Self::Unknown)
            }
            "text" => {
                <ComponentText as ::plain_webhooks::__private::fast::Fast<
                    '__r,
                >>::fast_rest(r, "type")
                    .map(Self::Text)
            }
            "plainText" => {
                <ComponentPlainText as ::plain_webhooks::__private::fast::Fast<
                    '__r,
                >>::fast_rest(r, "type")
                    .map(Self::PlainText)
            }
            "spacer" => {
                <ComponentSpacer as ::plain_webhooks::__private::fast::Fast<
                    '__r,
                >>::fast_rest(r, "type")
                    .map(Self::Spacer)
            }
            "divider" => {
                <ComponentDivider as ::plain_webhooks::__private::fast::Fast<
                    '__r,
                >>::fast_rest(r, "type")
                    .map(Self::Divider)
            }
            "linkButton" => {
                <ComponentLinkButton as ::plain_webhooks::__private::fast::Fast<
                    '__r,
                >>::fast_rest(r, "type")
                    .map(Self::LinkButton)
            }
            "workflowButton" => {
                <ComponentWorkflowButton as ::plain_webhooks::__private::fast::Fast<
                    '__r,
                >>::fast_rest(r, "type")
                    .map(Self::WorkflowButton)
            }
            "badge" => {
                <ComponentBadge as ::plain_webhooks::__private::fast::Fast<
                    '__r,
                >>::fast_rest(r, "type")
                    .map(Self::Badge)
            }
            "copyButton" => {
                <ComponentCopyButton as ::plain_webhooks::__private::fast::Fast<
                    '__r,
                >>::fast_rest(r, "type")
                    .map(Self::CopyButton)
            }
            _ => ::core::option::Option::None,
        }
    }
}
/// One of 9 kinds, told apart by `type` (`#/definitions/componentRowContent`).
#[derive(Clone, Debug, PartialEq, ::plain_webhooks::__private::serde::Serialize)]
#[serde(crate = "::plain_webhooks::__private::serde", tag = "type")]
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
impl<'__r> ::plain_webhooks::__private::fast::Fast<'__r>
for CustomerGroupChangedPayload {
    fn fast(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
    ) -> ::core::option::Option<Self> {
        match &*r.tag("changeType")? {
            "ADDED" => {
                <CustomerGroupChangedPayloadAdded as ::plain_webhooks::__private::fast::Fast<
                    '__r,
                >>::fast_rest(r, "changeType")
                    .map(Self::Added)
            }
            "UPDATED" => {
                <CustomerGroupChangedPayloadUpdated as ::plain_webhooks::__private::fast::Fast<
                    '__r,
                >>::fast_rest(r, "changeType")
                    .map(Self::Updated)
            }
            "REMOVED" => {
                <CustomerGroupChangedPayloadRemoved as ::plain_webhooks::__private::fast::Fast<
                    '__r,
                >>::fast_rest(r, "changeType")
                    .map(Self::Removed)
            }
            _ => ::core::option::Option::None,
        }
    }
}
/// One of 3 kinds, told apart by `changeType` (`#/definitions/customerGroupChangedPayload`).
#[derive(Clone, Debug, PartialEq, ::plain_webhooks::__private::serde::Serialize)]
#[serde(crate = "::plain_webhooks::__private::serde", tag = "changeType")]
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
impl<'__r> ::plain_webhooks::__private::fast::Fast<'__r> for EmailActor {
    fn fast(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
    ) -> ::core::option::Option<Self> {
        match &*r.tag("actorType")? {
            "UNKNOWN" => {
                r.rest_ignored("actorType")?;
                ::core::option::Option::Some(Self::Unknown)
            }
            "user" => {
                <UserActor as ::plain_webhooks::__private::fast::Fast<
                    '__r,
                >>::fast_rest(r, "actorType")
                    .map(Self::User)
            }
            "customer" => {
                <CustomerActor as ::plain_webhooks::__private::fast::Fast<
                    '__r,
                >>::fast_rest(r, "actorType")
                    .map(Self::Customer)
            }
            "supportEmailAddress" => {
                <EmailActorSupportEmailAddress as ::plain_webhooks::__private::fast::Fast<
                    '__r,
                >>::fast_rest(r, "actorType")
                    .map(Self::SupportEmailAddress)
            }
            "deletedCustomer" => {
                <EmailActorDeletedCustomer as ::plain_webhooks::__private::fast::Fast<
                    '__r,
                >>::fast_rest(r, "actorType")
                    .map(Self::DeletedCustomer)
            }
            _ => ::core::option::Option::None,
        }
    }
}
/// One of 5 kinds, told apart by `actorType` (`#/definitions/emailActor`).
#[derive(Clone, Debug, PartialEq, ::plain_webhooks::__private::serde::Serialize)]
#[serde(crate = "::plain_webhooks::__private::serde", tag = "actorType")]
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
impl<'__r> ::plain_webhooks::__private::fast::Fast<'__r> for InternalActor {
    fn fast(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
    ) -> ::core::option::Option<Self> {
        match &*r.tag("actorType")? {
            "UNKNOWN" => {
                r.rest_ignored("actorType")?;
                ::core::option::Option::Some(Self::Unknown)
            }
            "user" => {
                <UserActor as ::plain_webhooks::__private::fast::Fast<
                    '__r,
                >>::fast_rest(r, "actorType")
                    .map(Self::User)
            }
            "machineUser" => {
                <MachineUserActor as ::plain_webhooks::__private::fast::Fast<
                    '__r,
                >>::fast_rest(r, "actorType")
                    .map(Self::MachineUser)
            }
            "system" => {
                <SystemActor as ::plain_webhooks::__private::fast::Fast<
                    '__r,
                >>::fast_rest(r, "actorType")
                    .map(Self::System)
            }
            _ => ::core::option::Option::None,
        }
    }
}
/// One of 4 kinds, told apart by `actorType` (`#/definitions/internalActor`).
#[derive(Clone, Debug, PartialEq, ::plain_webhooks::__private::serde::Serialize)]
#[serde(crate = "::plain_webhooks::__private::serde", tag = "actorType")]
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
impl<'__r> ::plain_webhooks::__private::fast::Fast<'__r> for ServiceLevelAgreement {
    fn fast(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
    ) -> ::core::option::Option<Self> {
        match &*r.tag("type")? {
            "UNKNOWN" => {
                r.rest_ignored("type")?;
                ::core::option::Option::Some(Self::Unknown)
            }
            "FIRST_RESPONSE_TIME" => {
                <ServiceLevelAgreementFirstResponseTime as ::plain_webhooks::__private::fast::Fast<
                    '__r,
                >>::fast_rest(r, "type")
                    .map(Self::FirstResponseTime)
            }
            "NEXT_RESPONSE_TIME" => {
                <ServiceLevelAgreementNextResponseTime as ::plain_webhooks::__private::fast::Fast<
                    '__r,
                >>::fast_rest(r, "type")
                    .map(Self::NextResponseTime)
            }
            _ => ::core::option::Option::None,
        }
    }
}
/// One of 3 kinds, told apart by `type` (`#/definitions/serviceLevelAgreement`).
#[derive(Clone, Debug, PartialEq, ::plain_webhooks::__private::serde::Serialize)]
#[serde(crate = "::plain_webhooks::__private::serde", tag = "type")]
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
impl<'__r> ::plain_webhooks::__private::fast::Fast<'__r>
for ServiceLevelAgreementStatusDetail {
    fn fast(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
    ) -> ::core::option::Option<Self> {
        match &*r.tag("status")? {
            "UNKNOWN" => {
                r.rest_ignored("status")?;
                ::core::option::Option::Some(Self::Unknown)
            }
            "PENDING" => {
                <ServiceLevelAgreementStatusDetailPending as ::plain_webhooks::__private::fast::Fast<
                    '__r,
                >>::fast_rest(r, "status")
                    .map(Self::Pending)
            }
            "ACHIEVED" => {
                <ServiceLevelAgreementStatusDetailAchieved as ::plain_webhooks::__private::fast::Fast<
                    '__r,
                >>::fast_rest(r, "status")
                    .map(Self::Achieved)
            }
            "IMMINENT_BREACH" => {
                <ServiceLevelAgreementStatusDetailImminentBreach as ::plain_webhooks::__private::fast::Fast<
                    '__r,
                >>::fast_rest(r, "status")
                    .map(Self::ImminentBreach)
            }
            "BREACHING" => {
                <ServiceLevelAgreementStatusDetailBreaching as ::plain_webhooks::__private::fast::Fast<
                    '__r,
                >>::fast_rest(r, "status")
                    .map(Self::Breaching)
            }
            "BREACHED" => {
                <ServiceLevelAgreementStatusDetailBreached as ::plain_webhooks::__private::fast::Fast<
                    '__r,
                >>::fast_rest(r, "status")
                    .map(Self::Breached)
            }
            "CANCELLED" => {
                <ServiceLevelAgreementStatusDetailCancelled as ::plain_webhooks::__private::fast::Fast<
                    '__r,
                >>::fast_rest(r, "status")
                    .map(Self::Cancelled)
            }
            _ => ::core::option::Option::None,
        }
    }
}
/// One of 7 kinds, told apart by `status` (`#/definitions/serviceLevelAgreementStatusDetail`).
#[derive(Clone, Debug, PartialEq, ::plain_webhooks::__private::serde::Serialize)]
#[serde(crate = "::plain_webhooks::__private::serde", tag = "status")]
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
impl<'__r> ::plain_webhooks::__private::fast::Fast<'__r> for ThreadStatusDetail {
    fn fast(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
    ) -> ::core::option::Option<Self> {
        match &*r.tag("type")? {
            "UNKNOWN" => {
                r.rest_ignored("type")?;
                ::core::option::Option::Some(Self::Unknown)
            }
            "CREATED" => {
                <ThreadStatusDetailCreated as ::plain_webhooks::__private::fast::Fast<
                    '__r,
                >>::fast_rest(r, "type")
                    .map(Self::Created)
            }
            "NEW_REPLY" => {
                r.rest_ignored("type")?;
                ::core::option::Option::Some(Self::NewReply)
            }
            "IN_PROGRESS" => {
                r.rest_ignored("type")?;
                ::core::option::Option::Some(Self::InProgress)
            }
            "WAITING_FOR_CUSTOMER" => {
                r.rest_ignored("type")?;
                ::core::option::Option::Some(Self::WaitingForCustomer)
            }
            "WAITING_FOR_DURATION" => {
                <ThreadStatusDetailWaitingForDuration as ::plain_webhooks::__private::fast::Fast<
                    '__r,
                >>::fast_rest(r, "type")
                    .map(Self::WaitingForDuration)
            }
            "THREAD_LINK_UPDATED" => {
                <ThreadStatusDetailThreadLinkUpdated as ::plain_webhooks::__private::fast::Fast<
                    '__r,
                >>::fast_rest(r, "type")
                    .map(Self::ThreadLinkUpdated)
            }
            "DONE_MANUALLY_SET" => {
                r.rest_ignored("type")?;
                ::core::option::Option::Some(Self::DoneManuallySet)
            }
            "IGNORED" => {
                r.rest_ignored("type")?;
                ::core::option::Option::Some(Self::Ignored)
            }
            "DONE_AUTOMATICALLY_SET" => {
                <ThreadStatusDetailDoneAutomaticallySet as ::plain_webhooks::__private::fast::Fast<
                    '__r,
                >>::fast_rest(r, "type")
                    .map(Self::DoneAutomaticallySet)
            }
            "THREAD_DISCUSSION_RESOLVED" => {
                <ThreadStatusDetailThreadDiscussionResolved as ::plain_webhooks::__private::fast::Fast<
                    '__r,
                >>::fast_rest(r, "type")
                    .map(Self::ThreadDiscussionResolved)
            }
            _ => ::core::option::Option::None,
        }
    }
}
/// One of 11 kinds, told apart by `type` (`#/definitions/threadStatusDetail`).
#[derive(Clone, Debug, PartialEq, ::plain_webhooks::__private::serde::Serialize)]
#[serde(crate = "::plain_webhooks::__private::serde", tag = "type")]
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
impl<'__r> ::plain_webhooks::__private::fast::Fast<'__r> for TimelineEntryEntry {
    fn fast(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
    ) -> ::core::option::Option<Self> {
        match &*r.tag("entryType")? {
            "UNKNOWN" => {
                r.rest_ignored("entryType")?;
                ::core::option::Option::Some(Self::Unknown)
            }
            "note" => {
                <NoteEntry as ::plain_webhooks::__private::fast::Fast<
                    '__r,
                >>::fast_rest(r, "entryType")
                    .map(Self::Note)
            }
            "chat" => {
                <ChatEntry as ::plain_webhooks::__private::fast::Fast<
                    '__r,
                >>::fast_rest(r, "entryType")
                    .map(Self::Chat)
            }
            "email" => {
                <EmailEntry as ::plain_webhooks::__private::fast::Fast<
                    '__r,
                >>::fast_rest(r, "entryType")
                    .map(Self::Email)
            }
            "custom" => {
                <CustomEntry as ::plain_webhooks::__private::fast::Fast<
                    '__r,
                >>::fast_rest(r, "entryType")
                    .map(Self::Custom)
            }
            _ => ::core::option::Option::None,
        }
    }
}
/// One of 5 kinds, told apart by `entryType` (`#/definitions/timelineEntryEntry`).
#[derive(Clone, Debug, PartialEq, ::plain_webhooks::__private::serde::Serialize)]
#[serde(crate = "::plain_webhooks::__private::serde", tag = "entryType")]
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
/// The body of one webhook request.
#[derive(Clone, Debug, PartialEq)]
pub struct Webhook {
    /// `id` of the request body.
    pub id: Id,
    /// `timestamp` of the request body.
    pub timestamp: Datetime,
    /// `webhookMetadata` of the request body.
    pub webhook_metadata: WebhookMetadata,
    /// `workspaceId` of the request body.
    pub workspace_id: Id,
    /// The event: its type and typed payload.
    pub event: Event,
}
impl Webhook {
    /// The event type, e.g. `customer.customer_updated`.
    pub fn event_type(&self) -> &str {
        self.event.event_type()
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
#[derive(::plain_webhooks::__private::serde::Deserialize)]
#[serde(crate = "::plain_webhooks::__private::serde")]
struct __Envelope<'a, P> {
    #[serde(rename = "id")]
    id: Id,
    #[serde(rename = "timestamp")]
    timestamp: Datetime,
    #[serde(rename = "webhookMetadata")]
    webhook_metadata: WebhookMetadata,
    #[serde(rename = "workspaceId")]
    workspace_id: Id,
    #[serde(rename = "type", borrow)]
    event_type: ::std::borrow::Cow<'a, str>,
    payload: P,
}
impl<
    'a,
    P: ::plain_webhooks::__private::fast::Fast<'a>,
> ::plain_webhooks::__private::fast::Fast<'a> for __Envelope<'a, P> {
    fn fast(
        r: &mut ::plain_webhooks::__private::fast::Reader<'a>,
    ) -> ::core::option::Option<Self> {
        r.object()?;
        Self::__fields(r, true, ::core::option::Option::None)
    }
    fn fast_rest(
        r: &mut ::plain_webhooks::__private::fast::Reader<'a>,
        tag: &str,
    ) -> ::core::option::Option<Self> {
        Self::__fields(r, false, ::core::option::Option::Some(tag))
    }
}
impl<'a, P: ::plain_webhooks::__private::fast::Fast<'a>> __Envelope<'a, P> {
    #[inline]
    fn __fields(
        r: &mut ::plain_webhooks::__private::fast::Reader<'a>,
        mut first: bool,
        tag: ::core::option::Option<&str>,
    ) -> ::core::option::Option<Self> {
        let mut __f0: ::core::option::Option<Id> = ::core::option::Option::None;
        let mut __f1: ::core::option::Option<Datetime> = ::core::option::Option::None;
        let mut __f2: ::core::option::Option<WebhookMetadata> = ::core::option::Option::None;
        let mut __f3: ::core::option::Option<Id> = ::core::option::Option::None;
        let mut __f4: ::core::option::Option<::std::borrow::Cow<'a, str>> = ::core::option::Option::None;
        let mut __f5: ::core::option::Option<P> = ::core::option::Option::None;
        while let ::core::option::Option::Some(key) = r.key(&mut first)? {
            if tag == ::core::option::Option::Some(key) {
                return ::core::option::Option::None;
            }
            match key {
                "id" => r.field(&mut __f0)?,
                "timestamp" => r.field(&mut __f1)?,
                "webhookMetadata" => r.field(&mut __f2)?,
                "workspaceId" => r.field(&mut __f3)?,
                "type" => r.field(&mut __f4)?,
                "payload" => r.field(&mut __f5)?,
                _ => r.skip()?,
            }
        }
        ::core::option::Option::Some(Self {
            id: __f0?,
            timestamp: __f1?,
            webhook_metadata: __f2?,
            workspace_id: __f3?,
            event_type: __f4?,
            payload: __f5?,
        })
    }
}
impl ::plain_webhooks::__private::Events for Event {
    fn deserialize_payload<
        'de,
        D: ::plain_webhooks::__private::serde::Deserializer<'de>,
    >(event_type: &str, deserializer: D) -> ::core::result::Result<Self, D::Error> {
        ::core::result::Result::Ok(
            match event_type {
                "thread.thread_created" => {
                    Event::ThreadCreated(
                        ::plain_webhooks::__private::serde::Deserialize::deserialize(
                            deserializer,
                        )?,
                    )
                }
                "thread.thread_status_transitioned" => {
                    Event::ThreadStatusTransitioned(
                        ::plain_webhooks::__private::serde::Deserialize::deserialize(
                            deserializer,
                        )?,
                    )
                }
                "thread.thread_assignment_transitioned" => {
                    Event::ThreadAssignmentTransitioned(
                        ::plain_webhooks::__private::serde::Deserialize::deserialize(
                            deserializer,
                        )?,
                    )
                }
                "thread.email_received" => {
                    Event::EmailReceived(
                        ::plain_webhooks::__private::serde::Deserialize::deserialize(
                            deserializer,
                        )?,
                    )
                }
                "thread.email_sent" => {
                    Event::EmailSent(
                        ::plain_webhooks::__private::serde::Deserialize::deserialize(
                            deserializer,
                        )?,
                    )
                }
                "thread.slack_message_received" => {
                    Event::SlackMessageReceived(
                        ::plain_webhooks::__private::serde::Deserialize::deserialize(
                            deserializer,
                        )?,
                    )
                }
                "thread.slack_message_sent" => {
                    Event::SlackMessageSent(
                        ::plain_webhooks::__private::serde::Deserialize::deserialize(
                            deserializer,
                        )?,
                    )
                }
                "thread.slack_message_updated" => {
                    Event::SlackMessageUpdated(
                        ::plain_webhooks::__private::serde::Deserialize::deserialize(
                            deserializer,
                        )?,
                    )
                }
                "thread.discord_message_received" => {
                    Event::DiscordMessageReceived(
                        ::plain_webhooks::__private::serde::Deserialize::deserialize(
                            deserializer,
                        )?,
                    )
                }
                "thread.discord_message_sent" => {
                    Event::DiscordMessageSent(
                        ::plain_webhooks::__private::serde::Deserialize::deserialize(
                            deserializer,
                        )?,
                    )
                }
                "thread.discord_message_updated" => {
                    Event::DiscordMessageUpdated(
                        ::plain_webhooks::__private::serde::Deserialize::deserialize(
                            deserializer,
                        )?,
                    )
                }
                "thread.ms_teams_message_sent" => {
                    Event::MsTeamsMessageSent(
                        ::plain_webhooks::__private::serde::Deserialize::deserialize(
                            deserializer,
                        )?,
                    )
                }
                "thread.ms_teams_message_received" => {
                    Event::MsTeamsMessageReceived(
                        ::plain_webhooks::__private::serde::Deserialize::deserialize(
                            deserializer,
                        )?,
                    )
                }
                "thread.chat_sent" => {
                    Event::ChatSent(
                        ::plain_webhooks::__private::serde::Deserialize::deserialize(
                            deserializer,
                        )?,
                    )
                }
                "thread.chat_received" => {
                    Event::ChatReceived(
                        ::plain_webhooks::__private::serde::Deserialize::deserialize(
                            deserializer,
                        )?,
                    )
                }
                "thread.note_created" => {
                    Event::NoteCreated(
                        ::plain_webhooks::__private::serde::Deserialize::deserialize(
                            deserializer,
                        )?,
                    )
                }
                "thread.thread_labels_changed" => {
                    Event::ThreadLabelsChanged(
                        ::plain_webhooks::__private::serde::Deserialize::deserialize(
                            deserializer,
                        )?,
                    )
                }
                "thread.thread_priority_changed" => {
                    Event::ThreadPriorityChanged(
                        ::plain_webhooks::__private::serde::Deserialize::deserialize(
                            deserializer,
                        )?,
                    )
                }
                "thread.thread_field_created" => {
                    Event::ThreadFieldCreated(
                        ::plain_webhooks::__private::serde::Deserialize::deserialize(
                            deserializer,
                        )?,
                    )
                }
                "thread.thread_field_updated" => {
                    Event::ThreadFieldUpdated(
                        ::plain_webhooks::__private::serde::Deserialize::deserialize(
                            deserializer,
                        )?,
                    )
                }
                "thread.thread_field_deleted" => {
                    Event::ThreadFieldDeleted(
                        ::plain_webhooks::__private::serde::Deserialize::deserialize(
                            deserializer,
                        )?,
                    )
                }
                "thread.service_level_agreement_status_transitioned" => {
                    Event::ServiceLevelAgreementStatusTransitioned(
                        ::plain_webhooks::__private::serde::Deserialize::deserialize(
                            deserializer,
                        )?,
                    )
                }
                "thread.thread_tenant_updated" => {
                    Event::ThreadTenantUpdated(
                        ::plain_webhooks::__private::serde::Deserialize::deserialize(
                            deserializer,
                        )?,
                    )
                }
                "customer.customer_created" => {
                    Event::CustomerCreated(
                        ::plain_webhooks::__private::serde::Deserialize::deserialize(
                            deserializer,
                        )?,
                    )
                }
                "customer.customer_updated" => {
                    Event::CustomerUpdated(
                        ::plain_webhooks::__private::serde::Deserialize::deserialize(
                            deserializer,
                        )?,
                    )
                }
                "customer.customer_deleted" => {
                    Event::CustomerDeleted(
                        ::plain_webhooks::__private::serde::Deserialize::deserialize(
                            deserializer,
                        )?,
                    )
                }
                "customer.customer_changed" => {
                    Event::CustomerChanged(
                        ::plain_webhooks::__private::serde::Deserialize::deserialize(
                            deserializer,
                        )?,
                    )
                }
                "customer.customer_group_changed" => {
                    Event::CustomerGroupChanged(
                        ::plain_webhooks::__private::serde::Deserialize::deserialize(
                            deserializer,
                        )?,
                    )
                }
                "customer.customer_group_memberships_changed" => {
                    Event::CustomerGroupMembershipsChanged(
                        ::plain_webhooks::__private::serde::Deserialize::deserialize(
                            deserializer,
                        )?,
                    )
                }
                "timeline.timeline_entry_changed" => {
                    Event::TimelineEntryChanged(
                        ::plain_webhooks::__private::serde::Deserialize::deserialize(
                            deserializer,
                        )?,
                    )
                }
                _ => {
                    Event::Unknown {
                        event_type: ::std::borrow::ToOwned::to_owned(event_type),
                        payload: ::plain_webhooks::__private::serde::Deserialize::deserialize(
                            deserializer,
                        )?,
                    }
                }
            },
        )
    }
    fn fast_payload<'a>(
        event_type: &str,
        r: &mut ::plain_webhooks::__private::fast::Reader<'a>,
    ) -> ::core::option::Option<Self> {
        ::core::option::Option::Some(
            match event_type {
                "thread.thread_created" => {
                    Event::ThreadCreated(
                        ::plain_webhooks::__private::fast::Fast::fast(r)?,
                    )
                }
                "thread.thread_status_transitioned" => {
                    Event::ThreadStatusTransitioned(
                        ::plain_webhooks::__private::fast::Fast::fast(r)?,
                    )
                }
                "thread.thread_assignment_transitioned" => {
                    Event::ThreadAssignmentTransitioned(
                        ::plain_webhooks::__private::fast::Fast::fast(r)?,
                    )
                }
                "thread.email_received" => {
                    Event::EmailReceived(
                        ::plain_webhooks::__private::fast::Fast::fast(r)?,
                    )
                }
                "thread.email_sent" => {
                    Event::EmailSent(::plain_webhooks::__private::fast::Fast::fast(r)?)
                }
                "thread.slack_message_received" => {
                    Event::SlackMessageReceived(
                        ::plain_webhooks::__private::fast::Fast::fast(r)?,
                    )
                }
                "thread.slack_message_sent" => {
                    Event::SlackMessageSent(
                        ::plain_webhooks::__private::fast::Fast::fast(r)?,
                    )
                }
                "thread.slack_message_updated" => {
                    Event::SlackMessageUpdated(
                        ::plain_webhooks::__private::fast::Fast::fast(r)?,
                    )
                }
                "thread.discord_message_received" => {
                    Event::DiscordMessageReceived(
                        ::plain_webhooks::__private::fast::Fast::fast(r)?,
                    )
                }
                "thread.discord_message_sent" => {
                    Event::DiscordMessageSent(
                        ::plain_webhooks::__private::fast::Fast::fast(r)?,
                    )
                }
                "thread.discord_message_updated" => {
                    Event::DiscordMessageUpdated(
                        ::plain_webhooks::__private::fast::Fast::fast(r)?,
                    )
                }
                "thread.ms_teams_message_sent" => {
                    Event::MsTeamsMessageSent(
                        ::plain_webhooks::__private::fast::Fast::fast(r)?,
                    )
                }
                "thread.ms_teams_message_received" => {
                    Event::MsTeamsMessageReceived(
                        ::plain_webhooks::__private::fast::Fast::fast(r)?,
                    )
                }
                "thread.chat_sent" => {
                    Event::ChatSent(::plain_webhooks::__private::fast::Fast::fast(r)?)
                }
                "thread.chat_received" => {
                    Event::ChatReceived(
                        ::plain_webhooks::__private::fast::Fast::fast(r)?,
                    )
                }
                "thread.note_created" => {
                    Event::NoteCreated(::plain_webhooks::__private::fast::Fast::fast(r)?)
                }
                "thread.thread_labels_changed" => {
                    Event::ThreadLabelsChanged(
                        ::plain_webhooks::__private::fast::Fast::fast(r)?,
                    )
                }
                "thread.thread_priority_changed" => {
                    Event::ThreadPriorityChanged(
                        ::plain_webhooks::__private::fast::Fast::fast(r)?,
                    )
                }
                "thread.thread_field_created" => {
                    Event::ThreadFieldCreated(
                        ::plain_webhooks::__private::fast::Fast::fast(r)?,
                    )
                }
                "thread.thread_field_updated" => {
                    Event::ThreadFieldUpdated(
                        ::plain_webhooks::__private::fast::Fast::fast(r)?,
                    )
                }
                "thread.thread_field_deleted" => {
                    Event::ThreadFieldDeleted(
                        ::plain_webhooks::__private::fast::Fast::fast(r)?,
                    )
                }
                "thread.service_level_agreement_status_transitioned" => {
                    Event::ServiceLevelAgreementStatusTransitioned(
                        ::plain_webhooks::__private::fast::Fast::fast(r)?,
                    )
                }
                "thread.thread_tenant_updated" => {
                    Event::ThreadTenantUpdated(
                        ::plain_webhooks::__private::fast::Fast::fast(r)?,
                    )
                }
                "customer.customer_created" => {
                    Event::CustomerCreated(
                        ::plain_webhooks::__private::fast::Fast::fast(r)?,
                    )
                }
                "customer.customer_updated" => {
                    Event::CustomerUpdated(
                        ::plain_webhooks::__private::fast::Fast::fast(r)?,
                    )
                }
                "customer.customer_deleted" => {
                    Event::CustomerDeleted(
                        ::plain_webhooks::__private::fast::Fast::fast(r)?,
                    )
                }
                "customer.customer_changed" => {
                    Event::CustomerChanged(
                        ::plain_webhooks::__private::fast::Fast::fast(r)?,
                    )
                }
                "customer.customer_group_changed" => {
                    Event::CustomerGroupChanged(
                        ::plain_webhooks::__private::fast::Fast::fast(r)?,
                    )
                }
                "customer.customer_group_memberships_changed" => {
                    Event::CustomerGroupMembershipsChanged(
                        ::plain_webhooks::__private::fast::Fast::fast(r)?,
                    )
                }
                "timeline.timeline_entry_changed" => {
                    Event::TimelineEntryChanged(
                        ::plain_webhooks::__private::fast::Fast::fast(r)?,
                    )
                }
                _ => {
                    Event::Unknown {
                        event_type: ::std::borrow::ToOwned::to_owned(event_type),
                        payload: r.serde()?,
                    }
                }
            },
        )
    }
}
/// Parses a request body, requiring the webhook target version to be
/// [`SCHEMA_VERSION`] (as Plain's own SDK does).
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
    if let ::core::option::Option::Some((envelope, guess)) = ::plain_webhooks::__private::parse_guessed::<
        __Envelope<'_, ::plain_webhooks::__private::Guessed<Event>>,
    >(body, EVENT_TYPES) {
        if envelope.event_type == guess {
            ::plain_webhooks::__private::check_version(
                policy,
                SCHEMA_VERSION,
                envelope.webhook_metadata.webhook_target_version.as_deref(),
                guess,
            )?;
            return ::core::result::Result::Ok(Webhook {
                id: envelope.id,
                timestamp: envelope.timestamp,
                webhook_metadata: envelope.webhook_metadata,
                workspace_id: envelope.workspace_id,
                event: envelope.payload.0,
            });
        }
    }
    let envelope: __Envelope<'_, &::plain_webhooks::__private::RawValue> = ::plain_webhooks::__private::parse_envelope(
        body,
    )?;
    let event_type: &str = &envelope.event_type;
    ::plain_webhooks::__private::check_version(
        policy,
        SCHEMA_VERSION,
        envelope.webhook_metadata.webhook_target_version.as_deref(),
        event_type,
    )?;
    let raw = envelope.payload;
    let event = match event_type {
        "thread.thread_created" => {
            Event::ThreadCreated(
                ::plain_webhooks::__private::parse_payload(event_type, raw)?,
            )
        }
        "thread.thread_status_transitioned" => {
            Event::ThreadStatusTransitioned(
                ::plain_webhooks::__private::parse_payload(event_type, raw)?,
            )
        }
        "thread.thread_assignment_transitioned" => {
            Event::ThreadAssignmentTransitioned(
                ::plain_webhooks::__private::parse_payload(event_type, raw)?,
            )
        }
        "thread.email_received" => {
            Event::EmailReceived(
                ::plain_webhooks::__private::parse_payload(event_type, raw)?,
            )
        }
        "thread.email_sent" => {
            Event::EmailSent(
                ::plain_webhooks::__private::parse_payload(event_type, raw)?,
            )
        }
        "thread.slack_message_received" => {
            Event::SlackMessageReceived(
                ::plain_webhooks::__private::parse_payload(event_type, raw)?,
            )
        }
        "thread.slack_message_sent" => {
            Event::SlackMessageSent(
                ::plain_webhooks::__private::parse_payload(event_type, raw)?,
            )
        }
        "thread.slack_message_updated" => {
            Event::SlackMessageUpdated(
                ::plain_webhooks::__private::parse_payload(event_type, raw)?,
            )
        }
        "thread.discord_message_received" => {
            Event::DiscordMessageReceived(
                ::plain_webhooks::__private::parse_payload(event_type, raw)?,
            )
        }
        "thread.discord_message_sent" => {
            Event::DiscordMessageSent(
                ::plain_webhooks::__private::parse_payload(event_type, raw)?,
            )
        }
        "thread.discord_message_updated" => {
            Event::DiscordMessageUpdated(
                ::plain_webhooks::__private::parse_payload(event_type, raw)?,
            )
        }
        "thread.ms_teams_message_sent" => {
            Event::MsTeamsMessageSent(
                ::plain_webhooks::__private::parse_payload(event_type, raw)?,
            )
        }
        "thread.ms_teams_message_received" => {
            Event::MsTeamsMessageReceived(
                ::plain_webhooks::__private::parse_payload(event_type, raw)?,
            )
        }
        "thread.chat_sent" => {
            Event::ChatSent(::plain_webhooks::__private::parse_payload(event_type, raw)?)
        }
        "thread.chat_received" => {
            Event::ChatReceived(
                ::plain_webhooks::__private::parse_payload(event_type, raw)?,
            )
        }
        "thread.note_created" => {
            Event::NoteCreated(
                ::plain_webhooks::__private::parse_payload(event_type, raw)?,
            )
        }
        "thread.thread_labels_changed" => {
            Event::ThreadLabelsChanged(
                ::plain_webhooks::__private::parse_payload(event_type, raw)?,
            )
        }
        "thread.thread_priority_changed" => {
            Event::ThreadPriorityChanged(
                ::plain_webhooks::__private::parse_payload(event_type, raw)?,
            )
        }
        "thread.thread_field_created" => {
            Event::ThreadFieldCreated(
                ::plain_webhooks::__private::parse_payload(event_type, raw)?,
            )
        }
        "thread.thread_field_updated" => {
            Event::ThreadFieldUpdated(
                ::plain_webhooks::__private::parse_payload(event_type, raw)?,
            )
        }
        "thread.thread_field_deleted" => {
            Event::ThreadFieldDeleted(
                ::plain_webhooks::__private::parse_payload(event_type, raw)?,
            )
        }
        "thread.service_level_agreement_status_transitioned" => {
            Event::ServiceLevelAgreementStatusTransitioned(
                ::plain_webhooks::__private::parse_payload(event_type, raw)?,
            )
        }
        "thread.thread_tenant_updated" => {
            Event::ThreadTenantUpdated(
                ::plain_webhooks::__private::parse_payload(event_type, raw)?,
            )
        }
        "customer.customer_created" => {
            Event::CustomerCreated(
                ::plain_webhooks::__private::parse_payload(event_type, raw)?,
            )
        }
        "customer.customer_updated" => {
            Event::CustomerUpdated(
                ::plain_webhooks::__private::parse_payload(event_type, raw)?,
            )
        }
        "customer.customer_deleted" => {
            Event::CustomerDeleted(
                ::plain_webhooks::__private::parse_payload(event_type, raw)?,
            )
        }
        "customer.customer_changed" => {
            Event::CustomerChanged(
                ::plain_webhooks::__private::parse_payload(event_type, raw)?,
            )
        }
        "customer.customer_group_changed" => {
            Event::CustomerGroupChanged(
                ::plain_webhooks::__private::parse_payload(event_type, raw)?,
            )
        }
        "customer.customer_group_memberships_changed" => {
            Event::CustomerGroupMembershipsChanged(
                ::plain_webhooks::__private::parse_payload(event_type, raw)?,
            )
        }
        "timeline.timeline_entry_changed" => {
            Event::TimelineEntryChanged(
                ::plain_webhooks::__private::parse_payload(event_type, raw)?,
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
/// The envelope of a delivery: event id, timestamps, delivery
/// attempt, webhook target, raw body.
pub use ::plain_webhooks::Context;
/// Implement the methods for the events you care about; each has a
/// default that ignores its event. Handlers run on any thread
/// (`Send` futures) and may keep state behind `&self`.
pub trait Handler: ::core::marker::Send + ::core::marker::Sync {
    /// The error your methods return; [`handle`] answers 500 with
    /// it, so that Plain retries.
    type Error: ::core::marker::Send;
    /// Receives `thread.thread_created` events, with [`ThreadCreatedPublicEventPayload`].
    ///
    /// The default ignores the event.
    fn on_thread_created(
        &self,
        ctx: &Context,
        event: ThreadCreatedPublicEventPayload,
    ) -> impl ::core::future::Future<
        Output = ::core::result::Result<(), Self::Error>,
    > + ::core::marker::Send {
        ctx.mark_ignored();
        let _ = event;
        ::core::future::ready(::core::result::Result::Ok(()))
    }
    /// Receives `thread.thread_status_transitioned` events, with [`ThreadStatusTransitionedPublicEventPayload`].
    ///
    /// The default ignores the event.
    fn on_thread_status_transitioned(
        &self,
        ctx: &Context,
        event: ThreadStatusTransitionedPublicEventPayload,
    ) -> impl ::core::future::Future<
        Output = ::core::result::Result<(), Self::Error>,
    > + ::core::marker::Send {
        ctx.mark_ignored();
        let _ = event;
        ::core::future::ready(::core::result::Result::Ok(()))
    }
    /// Receives `thread.thread_assignment_transitioned` events, with [`ThreadAssignmentTransitionedPublicEventPayload`].
    ///
    /// The default ignores the event.
    fn on_thread_assignment_transitioned(
        &self,
        ctx: &Context,
        event: ThreadAssignmentTransitionedPublicEventPayload,
    ) -> impl ::core::future::Future<
        Output = ::core::result::Result<(), Self::Error>,
    > + ::core::marker::Send {
        ctx.mark_ignored();
        let _ = event;
        ::core::future::ready(::core::result::Result::Ok(()))
    }
    /// Receives `thread.email_received` events, with [`ThreadEmailReceivedPublicEventPayload`].
    ///
    /// The default ignores the event.
    fn on_email_received(
        &self,
        ctx: &Context,
        event: ThreadEmailReceivedPublicEventPayload,
    ) -> impl ::core::future::Future<
        Output = ::core::result::Result<(), Self::Error>,
    > + ::core::marker::Send {
        ctx.mark_ignored();
        let _ = event;
        ::core::future::ready(::core::result::Result::Ok(()))
    }
    /// Receives `thread.email_sent` events, with [`ThreadEmailSentPublicEventPayload`].
    ///
    /// The default ignores the event.
    fn on_email_sent(
        &self,
        ctx: &Context,
        event: ThreadEmailSentPublicEventPayload,
    ) -> impl ::core::future::Future<
        Output = ::core::result::Result<(), Self::Error>,
    > + ::core::marker::Send {
        ctx.mark_ignored();
        let _ = event;
        ::core::future::ready(::core::result::Result::Ok(()))
    }
    /// Receives `thread.slack_message_received` events, with [`ThreadSlackMessageReceivedEventPayload`].
    ///
    /// The default ignores the event.
    fn on_slack_message_received(
        &self,
        ctx: &Context,
        event: ThreadSlackMessageReceivedEventPayload,
    ) -> impl ::core::future::Future<
        Output = ::core::result::Result<(), Self::Error>,
    > + ::core::marker::Send {
        ctx.mark_ignored();
        let _ = event;
        ::core::future::ready(::core::result::Result::Ok(()))
    }
    /// Receives `thread.slack_message_sent` events, with [`ThreadSlackMessageSentEventPayload`].
    ///
    /// The default ignores the event.
    fn on_slack_message_sent(
        &self,
        ctx: &Context,
        event: ThreadSlackMessageSentEventPayload,
    ) -> impl ::core::future::Future<
        Output = ::core::result::Result<(), Self::Error>,
    > + ::core::marker::Send {
        ctx.mark_ignored();
        let _ = event;
        ::core::future::ready(::core::result::Result::Ok(()))
    }
    /// Receives `thread.slack_message_updated` events, with [`ThreadSlackMessageUpdatedEventPayload`].
    ///
    /// The default ignores the event.
    fn on_slack_message_updated(
        &self,
        ctx: &Context,
        event: ThreadSlackMessageUpdatedEventPayload,
    ) -> impl ::core::future::Future<
        Output = ::core::result::Result<(), Self::Error>,
    > + ::core::marker::Send {
        ctx.mark_ignored();
        let _ = event;
        ::core::future::ready(::core::result::Result::Ok(()))
    }
    /// Receives `thread.discord_message_received` events, with [`ThreadDiscordMessageReceivedEventPayload`].
    ///
    /// The default ignores the event.
    fn on_discord_message_received(
        &self,
        ctx: &Context,
        event: ThreadDiscordMessageReceivedEventPayload,
    ) -> impl ::core::future::Future<
        Output = ::core::result::Result<(), Self::Error>,
    > + ::core::marker::Send {
        ctx.mark_ignored();
        let _ = event;
        ::core::future::ready(::core::result::Result::Ok(()))
    }
    /// Receives `thread.discord_message_sent` events, with [`ThreadDiscordMessageSentEventPayload`].
    ///
    /// The default ignores the event.
    fn on_discord_message_sent(
        &self,
        ctx: &Context,
        event: ThreadDiscordMessageSentEventPayload,
    ) -> impl ::core::future::Future<
        Output = ::core::result::Result<(), Self::Error>,
    > + ::core::marker::Send {
        ctx.mark_ignored();
        let _ = event;
        ::core::future::ready(::core::result::Result::Ok(()))
    }
    /// Receives `thread.discord_message_updated` events, with [`ThreadDiscordMessageUpdatedEventPayload`].
    ///
    /// The default ignores the event.
    fn on_discord_message_updated(
        &self,
        ctx: &Context,
        event: ThreadDiscordMessageUpdatedEventPayload,
    ) -> impl ::core::future::Future<
        Output = ::core::result::Result<(), Self::Error>,
    > + ::core::marker::Send {
        ctx.mark_ignored();
        let _ = event;
        ::core::future::ready(::core::result::Result::Ok(()))
    }
    /// Receives `thread.ms_teams_message_sent` events, with [`ThreadMsTeamsMessageSentEventPayload`].
    ///
    /// The default ignores the event.
    fn on_ms_teams_message_sent(
        &self,
        ctx: &Context,
        event: ThreadMsTeamsMessageSentEventPayload,
    ) -> impl ::core::future::Future<
        Output = ::core::result::Result<(), Self::Error>,
    > + ::core::marker::Send {
        ctx.mark_ignored();
        let _ = event;
        ::core::future::ready(::core::result::Result::Ok(()))
    }
    /// Receives `thread.ms_teams_message_received` events, with [`ThreadMsTeamsMessageReceivedEventPayload`].
    ///
    /// The default ignores the event.
    fn on_ms_teams_message_received(
        &self,
        ctx: &Context,
        event: ThreadMsTeamsMessageReceivedEventPayload,
    ) -> impl ::core::future::Future<
        Output = ::core::result::Result<(), Self::Error>,
    > + ::core::marker::Send {
        ctx.mark_ignored();
        let _ = event;
        ::core::future::ready(::core::result::Result::Ok(()))
    }
    /// Receives `thread.chat_sent` events, with [`ThreadChatSentPublicEventPayload`].
    ///
    /// The default ignores the event.
    fn on_chat_sent(
        &self,
        ctx: &Context,
        event: ThreadChatSentPublicEventPayload,
    ) -> impl ::core::future::Future<
        Output = ::core::result::Result<(), Self::Error>,
    > + ::core::marker::Send {
        ctx.mark_ignored();
        let _ = event;
        ::core::future::ready(::core::result::Result::Ok(()))
    }
    /// Receives `thread.chat_received` events, with [`ThreadChatReceivedPublicEventPayload`].
    ///
    /// The default ignores the event.
    fn on_chat_received(
        &self,
        ctx: &Context,
        event: ThreadChatReceivedPublicEventPayload,
    ) -> impl ::core::future::Future<
        Output = ::core::result::Result<(), Self::Error>,
    > + ::core::marker::Send {
        ctx.mark_ignored();
        let _ = event;
        ::core::future::ready(::core::result::Result::Ok(()))
    }
    /// Receives `thread.note_created` events, with [`ThreadNoteCreatedEventPayload`].
    ///
    /// The default ignores the event.
    fn on_note_created(
        &self,
        ctx: &Context,
        event: ThreadNoteCreatedEventPayload,
    ) -> impl ::core::future::Future<
        Output = ::core::result::Result<(), Self::Error>,
    > + ::core::marker::Send {
        ctx.mark_ignored();
        let _ = event;
        ::core::future::ready(::core::result::Result::Ok(()))
    }
    /// Receives `thread.thread_labels_changed` events, with [`ThreadLabelsChangedPublicEventPayload`].
    ///
    /// The default ignores the event.
    fn on_thread_labels_changed(
        &self,
        ctx: &Context,
        event: ThreadLabelsChangedPublicEventPayload,
    ) -> impl ::core::future::Future<
        Output = ::core::result::Result<(), Self::Error>,
    > + ::core::marker::Send {
        ctx.mark_ignored();
        let _ = event;
        ::core::future::ready(::core::result::Result::Ok(()))
    }
    /// Receives `thread.thread_priority_changed` events, with [`ThreadPriorityChangedPublicEventPayload`].
    ///
    /// The default ignores the event.
    fn on_thread_priority_changed(
        &self,
        ctx: &Context,
        event: ThreadPriorityChangedPublicEventPayload,
    ) -> impl ::core::future::Future<
        Output = ::core::result::Result<(), Self::Error>,
    > + ::core::marker::Send {
        ctx.mark_ignored();
        let _ = event;
        ::core::future::ready(::core::result::Result::Ok(()))
    }
    /// Receives `thread.thread_field_created` events, with [`ThreadFieldCreatedPublicEventPayload`].
    ///
    /// The default ignores the event.
    fn on_thread_field_created(
        &self,
        ctx: &Context,
        event: ThreadFieldCreatedPublicEventPayload,
    ) -> impl ::core::future::Future<
        Output = ::core::result::Result<(), Self::Error>,
    > + ::core::marker::Send {
        ctx.mark_ignored();
        let _ = event;
        ::core::future::ready(::core::result::Result::Ok(()))
    }
    /// Receives `thread.thread_field_updated` events, with [`ThreadFieldUpdatedPublicEventPayload`].
    ///
    /// The default ignores the event.
    fn on_thread_field_updated(
        &self,
        ctx: &Context,
        event: ThreadFieldUpdatedPublicEventPayload,
    ) -> impl ::core::future::Future<
        Output = ::core::result::Result<(), Self::Error>,
    > + ::core::marker::Send {
        ctx.mark_ignored();
        let _ = event;
        ::core::future::ready(::core::result::Result::Ok(()))
    }
    /// Receives `thread.thread_field_deleted` events, with [`ThreadFieldDeletedPublicEventPayload`].
    ///
    /// The default ignores the event.
    fn on_thread_field_deleted(
        &self,
        ctx: &Context,
        event: ThreadFieldDeletedPublicEventPayload,
    ) -> impl ::core::future::Future<
        Output = ::core::result::Result<(), Self::Error>,
    > + ::core::marker::Send {
        ctx.mark_ignored();
        let _ = event;
        ::core::future::ready(::core::result::Result::Ok(()))
    }
    /// Receives `thread.service_level_agreement_status_transitioned` events, with [`ThreadServiceLevelAgreementStatusTransitionedPayload`].
    ///
    /// The default ignores the event.
    fn on_service_level_agreement_status_transitioned(
        &self,
        ctx: &Context,
        event: ThreadServiceLevelAgreementStatusTransitionedPayload,
    ) -> impl ::core::future::Future<
        Output = ::core::result::Result<(), Self::Error>,
    > + ::core::marker::Send {
        ctx.mark_ignored();
        let _ = event;
        ::core::future::ready(::core::result::Result::Ok(()))
    }
    /// Receives `thread.thread_tenant_updated` events, with [`ThreadTenantUpdatedPublicEventPayload`].
    ///
    /// The default ignores the event.
    fn on_thread_tenant_updated(
        &self,
        ctx: &Context,
        event: ThreadTenantUpdatedPublicEventPayload,
    ) -> impl ::core::future::Future<
        Output = ::core::result::Result<(), Self::Error>,
    > + ::core::marker::Send {
        ctx.mark_ignored();
        let _ = event;
        ::core::future::ready(::core::result::Result::Ok(()))
    }
    /// Receives `customer.customer_created` events, with [`CustomerCreatedPublicEventPayload`].
    ///
    /// The schema says: "A customer has been created"
    ///
    /// The default ignores the event.
    fn on_customer_created(
        &self,
        ctx: &Context,
        event: CustomerCreatedPublicEventPayload,
    ) -> impl ::core::future::Future<
        Output = ::core::result::Result<(), Self::Error>,
    > + ::core::marker::Send {
        ctx.mark_ignored();
        let _ = event;
        ::core::future::ready(::core::result::Result::Ok(()))
    }
    /// Receives `customer.customer_updated` events, with [`CustomerUpdatedPublicEventPayload`].
    ///
    /// The schema says: "A customer has been updated"
    ///
    /// The default ignores the event.
    fn on_customer_updated(
        &self,
        ctx: &Context,
        event: CustomerUpdatedPublicEventPayload,
    ) -> impl ::core::future::Future<
        Output = ::core::result::Result<(), Self::Error>,
    > + ::core::marker::Send {
        ctx.mark_ignored();
        let _ = event;
        ::core::future::ready(::core::result::Result::Ok(()))
    }
    /// Receives `customer.customer_deleted` events, with [`CustomerDeletedPublicEventPayload`].
    ///
    /// The schema says: "A customer has been deleted"
    ///
    /// The default ignores the event.
    fn on_customer_deleted(
        &self,
        ctx: &Context,
        event: CustomerDeletedPublicEventPayload,
    ) -> impl ::core::future::Future<
        Output = ::core::result::Result<(), Self::Error>,
    > + ::core::marker::Send {
        ctx.mark_ignored();
        let _ = event;
        ::core::future::ready(::core::result::Result::Ok(()))
    }
    /// Receives `customer.customer_changed` events, with [`CustomerChangedPayload`].
    ///
    /// The schema says: "A customer has been created or updated"
    ///
    /// The default ignores the event.
    fn on_customer_changed(
        &self,
        ctx: &Context,
        event: CustomerChangedPayload,
    ) -> impl ::core::future::Future<
        Output = ::core::result::Result<(), Self::Error>,
    > + ::core::marker::Send {
        ctx.mark_ignored();
        let _ = event;
        ::core::future::ready(::core::result::Result::Ok(()))
    }
    /// Receives `customer.customer_group_changed` events, with [`CustomerGroupChangedPayload`].
    ///
    /// The default ignores the event.
    fn on_customer_group_changed(
        &self,
        ctx: &Context,
        event: CustomerGroupChangedPayload,
    ) -> impl ::core::future::Future<
        Output = ::core::result::Result<(), Self::Error>,
    > + ::core::marker::Send {
        ctx.mark_ignored();
        let _ = event;
        ::core::future::ready(::core::result::Result::Ok(()))
    }
    /// Receives `customer.customer_group_memberships_changed` events, with [`CustomerGroupMembershipsChangedPayload`].
    ///
    /// The default ignores the event.
    fn on_customer_group_memberships_changed(
        &self,
        ctx: &Context,
        event: CustomerGroupMembershipsChangedPayload,
    ) -> impl ::core::future::Future<
        Output = ::core::result::Result<(), Self::Error>,
    > + ::core::marker::Send {
        ctx.mark_ignored();
        let _ = event;
        ::core::future::ready(::core::result::Result::Ok(()))
    }
    /// Receives `timeline.timeline_entry_changed` events, with [`TimelineEntryChangedPayload`].
    ///
    /// The schema says: "A timeline entry has been added, updated or removed"
    ///
    /// The default ignores the event.
    fn on_timeline_entry_changed(
        &self,
        ctx: &Context,
        event: TimelineEntryChangedPayload,
    ) -> impl ::core::future::Future<
        Output = ::core::result::Result<(), Self::Error>,
    > + ::core::marker::Send {
        ctx.mark_ignored();
        let _ = event;
        ::core::future::ready(::core::result::Result::Ok(()))
    }
    /// Receives events of a type this schema does not list (Plain
    /// adds event types); the default ignores them.
    #[allow(clippy::boxed_local)]
    fn on_unknown(
        &self,
        ctx: &Context,
        event_type: ::std::string::String,
        payload: ::std::boxed::Box<::plain_webhooks::__private::RawValue>,
    ) -> impl ::core::future::Future<
        Output = ::core::result::Result<(), Self::Error>,
    > + ::core::marker::Send {
        ctx.mark_ignored();
        let _ = (event_type, payload);
        ::core::future::ready(::core::result::Result::Ok(()))
    }
}
/// A shared handler handles events too, so that one can be borrowed
/// by [`handle`] and [`Receiver`].
impl<H: Handler + ?::core::marker::Sized> Handler for &H {
    type Error = H::Error;
    fn on_thread_created(
        &self,
        ctx: &Context,
        event: ThreadCreatedPublicEventPayload,
    ) -> impl ::core::future::Future<
        Output = ::core::result::Result<(), Self::Error>,
    > + ::core::marker::Send {
        (**self).on_thread_created(ctx, event)
    }
    fn on_thread_status_transitioned(
        &self,
        ctx: &Context,
        event: ThreadStatusTransitionedPublicEventPayload,
    ) -> impl ::core::future::Future<
        Output = ::core::result::Result<(), Self::Error>,
    > + ::core::marker::Send {
        (**self).on_thread_status_transitioned(ctx, event)
    }
    fn on_thread_assignment_transitioned(
        &self,
        ctx: &Context,
        event: ThreadAssignmentTransitionedPublicEventPayload,
    ) -> impl ::core::future::Future<
        Output = ::core::result::Result<(), Self::Error>,
    > + ::core::marker::Send {
        (**self).on_thread_assignment_transitioned(ctx, event)
    }
    fn on_email_received(
        &self,
        ctx: &Context,
        event: ThreadEmailReceivedPublicEventPayload,
    ) -> impl ::core::future::Future<
        Output = ::core::result::Result<(), Self::Error>,
    > + ::core::marker::Send {
        (**self).on_email_received(ctx, event)
    }
    fn on_email_sent(
        &self,
        ctx: &Context,
        event: ThreadEmailSentPublicEventPayload,
    ) -> impl ::core::future::Future<
        Output = ::core::result::Result<(), Self::Error>,
    > + ::core::marker::Send {
        (**self).on_email_sent(ctx, event)
    }
    fn on_slack_message_received(
        &self,
        ctx: &Context,
        event: ThreadSlackMessageReceivedEventPayload,
    ) -> impl ::core::future::Future<
        Output = ::core::result::Result<(), Self::Error>,
    > + ::core::marker::Send {
        (**self).on_slack_message_received(ctx, event)
    }
    fn on_slack_message_sent(
        &self,
        ctx: &Context,
        event: ThreadSlackMessageSentEventPayload,
    ) -> impl ::core::future::Future<
        Output = ::core::result::Result<(), Self::Error>,
    > + ::core::marker::Send {
        (**self).on_slack_message_sent(ctx, event)
    }
    fn on_slack_message_updated(
        &self,
        ctx: &Context,
        event: ThreadSlackMessageUpdatedEventPayload,
    ) -> impl ::core::future::Future<
        Output = ::core::result::Result<(), Self::Error>,
    > + ::core::marker::Send {
        (**self).on_slack_message_updated(ctx, event)
    }
    fn on_discord_message_received(
        &self,
        ctx: &Context,
        event: ThreadDiscordMessageReceivedEventPayload,
    ) -> impl ::core::future::Future<
        Output = ::core::result::Result<(), Self::Error>,
    > + ::core::marker::Send {
        (**self).on_discord_message_received(ctx, event)
    }
    fn on_discord_message_sent(
        &self,
        ctx: &Context,
        event: ThreadDiscordMessageSentEventPayload,
    ) -> impl ::core::future::Future<
        Output = ::core::result::Result<(), Self::Error>,
    > + ::core::marker::Send {
        (**self).on_discord_message_sent(ctx, event)
    }
    fn on_discord_message_updated(
        &self,
        ctx: &Context,
        event: ThreadDiscordMessageUpdatedEventPayload,
    ) -> impl ::core::future::Future<
        Output = ::core::result::Result<(), Self::Error>,
    > + ::core::marker::Send {
        (**self).on_discord_message_updated(ctx, event)
    }
    fn on_ms_teams_message_sent(
        &self,
        ctx: &Context,
        event: ThreadMsTeamsMessageSentEventPayload,
    ) -> impl ::core::future::Future<
        Output = ::core::result::Result<(), Self::Error>,
    > + ::core::marker::Send {
        (**self).on_ms_teams_message_sent(ctx, event)
    }
    fn on_ms_teams_message_received(
        &self,
        ctx: &Context,
        event: ThreadMsTeamsMessageReceivedEventPayload,
    ) -> impl ::core::future::Future<
        Output = ::core::result::Result<(), Self::Error>,
    > + ::core::marker::Send {
        (**self).on_ms_teams_message_received(ctx, event)
    }
    fn on_chat_sent(
        &self,
        ctx: &Context,
        event: ThreadChatSentPublicEventPayload,
    ) -> impl ::core::future::Future<
        Output = ::core::result::Result<(), Self::Error>,
    > + ::core::marker::Send {
        (**self).on_chat_sent(ctx, event)
    }
    fn on_chat_received(
        &self,
        ctx: &Context,
        event: ThreadChatReceivedPublicEventPayload,
    ) -> impl ::core::future::Future<
        Output = ::core::result::Result<(), Self::Error>,
    > + ::core::marker::Send {
        (**self).on_chat_received(ctx, event)
    }
    fn on_note_created(
        &self,
        ctx: &Context,
        event: ThreadNoteCreatedEventPayload,
    ) -> impl ::core::future::Future<
        Output = ::core::result::Result<(), Self::Error>,
    > + ::core::marker::Send {
        (**self).on_note_created(ctx, event)
    }
    fn on_thread_labels_changed(
        &self,
        ctx: &Context,
        event: ThreadLabelsChangedPublicEventPayload,
    ) -> impl ::core::future::Future<
        Output = ::core::result::Result<(), Self::Error>,
    > + ::core::marker::Send {
        (**self).on_thread_labels_changed(ctx, event)
    }
    fn on_thread_priority_changed(
        &self,
        ctx: &Context,
        event: ThreadPriorityChangedPublicEventPayload,
    ) -> impl ::core::future::Future<
        Output = ::core::result::Result<(), Self::Error>,
    > + ::core::marker::Send {
        (**self).on_thread_priority_changed(ctx, event)
    }
    fn on_thread_field_created(
        &self,
        ctx: &Context,
        event: ThreadFieldCreatedPublicEventPayload,
    ) -> impl ::core::future::Future<
        Output = ::core::result::Result<(), Self::Error>,
    > + ::core::marker::Send {
        (**self).on_thread_field_created(ctx, event)
    }
    fn on_thread_field_updated(
        &self,
        ctx: &Context,
        event: ThreadFieldUpdatedPublicEventPayload,
    ) -> impl ::core::future::Future<
        Output = ::core::result::Result<(), Self::Error>,
    > + ::core::marker::Send {
        (**self).on_thread_field_updated(ctx, event)
    }
    fn on_thread_field_deleted(
        &self,
        ctx: &Context,
        event: ThreadFieldDeletedPublicEventPayload,
    ) -> impl ::core::future::Future<
        Output = ::core::result::Result<(), Self::Error>,
    > + ::core::marker::Send {
        (**self).on_thread_field_deleted(ctx, event)
    }
    fn on_service_level_agreement_status_transitioned(
        &self,
        ctx: &Context,
        event: ThreadServiceLevelAgreementStatusTransitionedPayload,
    ) -> impl ::core::future::Future<
        Output = ::core::result::Result<(), Self::Error>,
    > + ::core::marker::Send {
        (**self).on_service_level_agreement_status_transitioned(ctx, event)
    }
    fn on_thread_tenant_updated(
        &self,
        ctx: &Context,
        event: ThreadTenantUpdatedPublicEventPayload,
    ) -> impl ::core::future::Future<
        Output = ::core::result::Result<(), Self::Error>,
    > + ::core::marker::Send {
        (**self).on_thread_tenant_updated(ctx, event)
    }
    fn on_customer_created(
        &self,
        ctx: &Context,
        event: CustomerCreatedPublicEventPayload,
    ) -> impl ::core::future::Future<
        Output = ::core::result::Result<(), Self::Error>,
    > + ::core::marker::Send {
        (**self).on_customer_created(ctx, event)
    }
    fn on_customer_updated(
        &self,
        ctx: &Context,
        event: CustomerUpdatedPublicEventPayload,
    ) -> impl ::core::future::Future<
        Output = ::core::result::Result<(), Self::Error>,
    > + ::core::marker::Send {
        (**self).on_customer_updated(ctx, event)
    }
    fn on_customer_deleted(
        &self,
        ctx: &Context,
        event: CustomerDeletedPublicEventPayload,
    ) -> impl ::core::future::Future<
        Output = ::core::result::Result<(), Self::Error>,
    > + ::core::marker::Send {
        (**self).on_customer_deleted(ctx, event)
    }
    fn on_customer_changed(
        &self,
        ctx: &Context,
        event: CustomerChangedPayload,
    ) -> impl ::core::future::Future<
        Output = ::core::result::Result<(), Self::Error>,
    > + ::core::marker::Send {
        (**self).on_customer_changed(ctx, event)
    }
    fn on_customer_group_changed(
        &self,
        ctx: &Context,
        event: CustomerGroupChangedPayload,
    ) -> impl ::core::future::Future<
        Output = ::core::result::Result<(), Self::Error>,
    > + ::core::marker::Send {
        (**self).on_customer_group_changed(ctx, event)
    }
    fn on_customer_group_memberships_changed(
        &self,
        ctx: &Context,
        event: CustomerGroupMembershipsChangedPayload,
    ) -> impl ::core::future::Future<
        Output = ::core::result::Result<(), Self::Error>,
    > + ::core::marker::Send {
        (**self).on_customer_group_memberships_changed(ctx, event)
    }
    fn on_timeline_entry_changed(
        &self,
        ctx: &Context,
        event: TimelineEntryChangedPayload,
    ) -> impl ::core::future::Future<
        Output = ::core::result::Result<(), Self::Error>,
    > + ::core::marker::Send {
        (**self).on_timeline_entry_changed(ctx, event)
    }
    #[allow(clippy::boxed_local)]
    fn on_unknown(
        &self,
        ctx: &Context,
        event_type: ::std::string::String,
        payload: ::std::boxed::Box<::plain_webhooks::__private::RawValue>,
    ) -> impl ::core::future::Future<
        Output = ::core::result::Result<(), Self::Error>,
    > + ::core::marker::Send {
        (**self).on_unknown(ctx, event_type, payload)
    }
}
/// A [`Handler`] made ready for a web framework: it implements
/// [`Receive`](::plain_webhooks::Receive), which the integrations (such as
/// `plain_webhooks::axum`) take. Build it with [`receiver`].
#[derive(Clone, Debug, Default)]
pub struct Receiver<H>(pub H);
/// Wraps `handler` for a web-framework integration, e.g.
/// `plain_webhooks::axum::router(plain::receiver(handler), secret)`.
pub fn receiver<H: Handler>(handler: H) -> Receiver<H> {
    Receiver(handler)
}
impl<H: Handler> ::plain_webhooks::Receive for Receiver<H> {
    type Webhook = Webhook;
    type Error = H::Error;
    fn parse(
        &self,
        body: &[u8],
        policy: ::plain_webhooks::VersionPolicy,
    ) -> ::core::result::Result<Webhook, ::plain_webhooks::Error> {
        parse_with(body, policy)
    }
    type Event = Event;
    fn split(
        &self,
        webhook: Webhook,
        body: ::plain_webhooks::Bytes,
    ) -> (Context, Event) {
        let (mut ctx, event) = webhook.into_parts();
        ctx.body = body;
        (ctx, event)
    }
    fn dispatch<'a>(
        &'a self,
        ctx: &'a Context,
        event: Event,
    ) -> impl ::core::future::Future<
        Output = ::core::result::Result<::plain_webhooks::Dispatched, H::Error>,
    > + ::core::marker::Send + 'a {
        __dispatch_event(&self.0, ctx, event)
    }
}
impl Webhook {
    /// The envelope as a [`Context`] (its `body` empty) and the
    /// event: what [`dispatch`] hands the handler. The envelope's
    /// strings are moved, not copied.
    pub fn into_parts(self) -> (Context, Event) {
        #[allow(unused_imports)]
        use ::plain_webhooks::__private::envelope::{Moved as _, Written as _};
        let mut ctx = Context::default();
        ctx.event_type = ::std::borrow::ToOwned::to_owned(self.event.event_type());
        ctx.event_id = (&::plain_webhooks::__private::envelope::Take::new(self.id))
            .text()
            .unwrap_or_default();
        ctx.timestamp = (&::plain_webhooks::__private::envelope::Take::new(
            self.timestamp,
        ))
            .text()
            .unwrap_or_default();
        ctx.workspace_id = (&::plain_webhooks::__private::envelope::Take::new(
            self.workspace_id,
        ))
            .text()
            .unwrap_or_default();
        let m = self.webhook_metadata;
        ctx.webhook_target_id = (&::plain_webhooks::__private::envelope::Take::new(
            m.webhook_target_id,
        ))
            .text();
        ctx.webhook_target_version = m
            .webhook_target_version
            .and_then(|v| (&::plain_webhooks::__private::envelope::Take::new(v)).text());
        ctx.delivery_attempt_id = (&::plain_webhooks::__private::envelope::Take::new(
            m.webhook_delivery_attempt_id,
        ))
            .text();
        ctx.delivery_attempt_number = ::plain_webhooks::__private::envelope::number(
            &m.webhook_delivery_attempt_number,
        );
        ctx.delivery_attempt_timestamp = (&::plain_webhooks::__private::envelope::Take::new(
            m.webhook_delivery_attempt_timestamp,
        ))
            .text();
        (ctx, self.event)
    }
}
async fn __dispatch_event<H: Handler>(
    handler: &H,
    ctx: &Context,
    event: Event,
) -> ::core::result::Result<::plain_webhooks::Dispatched, H::Error> {
    match event {
        Event::ThreadCreated(e) => handler.on_thread_created(ctx, *e).await,
        Event::ThreadStatusTransitioned(e) => {
            handler.on_thread_status_transitioned(ctx, *e).await
        }
        Event::ThreadAssignmentTransitioned(e) => {
            handler.on_thread_assignment_transitioned(ctx, *e).await
        }
        Event::EmailReceived(e) => handler.on_email_received(ctx, *e).await,
        Event::EmailSent(e) => handler.on_email_sent(ctx, *e).await,
        Event::SlackMessageReceived(e) => {
            handler.on_slack_message_received(ctx, *e).await
        }
        Event::SlackMessageSent(e) => handler.on_slack_message_sent(ctx, *e).await,
        Event::SlackMessageUpdated(e) => handler.on_slack_message_updated(ctx, *e).await,
        Event::DiscordMessageReceived(e) => {
            handler.on_discord_message_received(ctx, *e).await
        }
        Event::DiscordMessageSent(e) => handler.on_discord_message_sent(ctx, *e).await,
        Event::DiscordMessageUpdated(e) => {
            handler.on_discord_message_updated(ctx, *e).await
        }
        Event::MsTeamsMessageSent(e) => handler.on_ms_teams_message_sent(ctx, *e).await,
        Event::MsTeamsMessageReceived(e) => {
            handler.on_ms_teams_message_received(ctx, *e).await
        }
        Event::ChatSent(e) => handler.on_chat_sent(ctx, *e).await,
        Event::ChatReceived(e) => handler.on_chat_received(ctx, *e).await,
        Event::NoteCreated(e) => handler.on_note_created(ctx, *e).await,
        Event::ThreadLabelsChanged(e) => handler.on_thread_labels_changed(ctx, *e).await,
        Event::ThreadPriorityChanged(e) => {
            handler.on_thread_priority_changed(ctx, *e).await
        }
        Event::ThreadFieldCreated(e) => handler.on_thread_field_created(ctx, *e).await,
        Event::ThreadFieldUpdated(e) => handler.on_thread_field_updated(ctx, *e).await,
        Event::ThreadFieldDeleted(e) => handler.on_thread_field_deleted(ctx, *e).await,
        Event::ServiceLevelAgreementStatusTransitioned(e) => {
            handler.on_service_level_agreement_status_transitioned(ctx, *e).await
        }
        Event::ThreadTenantUpdated(e) => handler.on_thread_tenant_updated(ctx, *e).await,
        Event::CustomerCreated(e) => handler.on_customer_created(ctx, *e).await,
        Event::CustomerUpdated(e) => handler.on_customer_updated(ctx, *e).await,
        Event::CustomerDeleted(e) => handler.on_customer_deleted(ctx, *e).await,
        Event::CustomerChanged(e) => handler.on_customer_changed(ctx, *e).await,
        Event::CustomerGroupChanged(e) => {
            handler.on_customer_group_changed(ctx, *e).await
        }
        Event::CustomerGroupMembershipsChanged(e) => {
            handler.on_customer_group_memberships_changed(ctx, *e).await
        }
        Event::TimelineEntryChanged(e) => {
            handler.on_timeline_entry_changed(ctx, *e).await
        }
        Event::Unknown { event_type, payload } => {
            handler.on_unknown(ctx, event_type, payload).await
        }
    }?;
    ::core::result::Result::Ok(
        if ctx.is_ignored() {
            ::plain_webhooks::Dispatched::Ignored
        } else {
            ::plain_webhooks::Dispatched::Handled
        },
    )
}
/// Calls the handler method for the webhook's event, and says
/// whether one of yours ran or the default ignored it.
pub fn dispatch<'a, H: Handler>(
    handler: &'a H,
    webhook: Webhook,
) -> impl ::core::future::Future<
    Output = ::core::result::Result<::plain_webhooks::Dispatched, H::Error>,
> + ::core::marker::Send + 'a {
    async move {
        let (ctx, event) = webhook.into_parts();
        __dispatch_event(handler, &ctx, event).await
    }
}
/// Verifies the signature (and the delivery timestamp), parses and
/// dispatches; the outcome says what to answer Plain
/// ([`Outcome::status`](::plain_webhooks::Outcome::status)).
///
/// `secret` is the signing secret's bytes or, better, a
/// [`SigningKey`](::plain_webhooks::SigningKey) built once, which saves hashing the
/// secret on every call. The body becomes the handler's
/// `Context::body`: pass the `Bytes` or `Vec<u8>` you received to keep
/// it without a copy.
pub fn handle<
    'a,
    H: Handler,
    S: ::plain_webhooks::Secret + ::core::marker::Sync + ?::core::marker::Sized,
>(
    handler: &'a H,
    body: impl ::plain_webhooks::IntoBody,
    signature: &'a str,
    secret: &'a S,
    options: &'a ::plain_webhooks::HandleOptions,
) -> impl ::core::future::Future<
    Output = ::plain_webhooks::Outcome<H::Error>,
> + ::core::marker::Send + 'a {
    let delivery = __delivery(body, signature);
    async move {
        let secrets = [secret];
        ::plain_webhooks::receive(
                &Receiver(handler),
                delivery,
                &secrets,
                options,
                |_| {},
            )
            .await
    }
}
/// [`handle`] with several secrets (rotation): a signature made with
/// any of them is accepted.
pub fn handle_any<'a, H: Handler, K: ::plain_webhooks::Secret + ::core::marker::Sync>(
    handler: &'a H,
    body: impl ::plain_webhooks::IntoBody,
    signature: &'a str,
    secrets: &'a [K],
    options: &'a ::plain_webhooks::HandleOptions,
) -> impl ::core::future::Future<
    Output = ::plain_webhooks::Outcome<H::Error>,
> + ::core::marker::Send + 'a {
    let delivery = __delivery(body, signature);
    async move {
        ::plain_webhooks::receive(&Receiver(handler), delivery, secrets, options, |_| {})
            .await
    }
}
fn __delivery(
    body: impl ::plain_webhooks::IntoBody,
    signature: &str,
) -> ::plain_webhooks::Delivery<'_> {
    ::plain_webhooks::Delivery {
        body: ::plain_webhooks::IntoBody::into_body(body),
        signature: ::core::option::Option::Some(signature),
        event_id: ::core::option::Option::None,
        event_type: ::core::option::Option::None,
    }
}
