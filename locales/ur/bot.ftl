# بوٹ کے جوابات، اردو۔ لہجہ: رسمی (آپ)۔
bot-greeting = السلام علیکم، آپ کے پیغام کا شکریہ! ہماری ٹیم کا کوئی رکن جلد ہی یہاں آپ کو جواب دے گا۔
season-christmas = کرسمس مبارک!
season-lunar-new-year = قمری نیا سال مبارک!
season-seollal = سولال مبارک!
season-tet = تیت مبارک!
season-songkran = سونگکران مبارک!
season-ramadan = رمضان کریم!
season-eid-al-fitr = عید الفطر مبارک!
season-eid-al-adha = عید الاضحیٰ مبارک!
season-diwali = دیوالی مبارک!
template-order-shipped = آپ کا آرڈر روانہ کر دیا گیا ہے۔ ٹریکنگ نمبر آپ کو ای میل کے ذریعے موصول ہوگا۔
template-thanks-waiting = انتظار کرنے کا شکریہ۔ ہم ابھی آپ کے لیے اس کی جانچ کر رہے ہیں۔
template-anything-else = کیا ہم کسی اور بات میں آپ کی مدد کر سکتے ہیں؟
